import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { control, ecomFetch, startTestSandbox } from '../integration/support/sandbox.ts';

/**
 * The stand-in eCom admin in a real browser, with no extension: what it draws is the DOM contract the extension's
 * selectors rely on (sandbox/admin/client/standard-view.ts), and its writes must reach the world through the API.
 */

const STORE = 4242;
const XSS = '<img src=x onerror="window.__pwned=1">';

/**
 * Listed out of order, and with orderBy disagreeing with id (the order the API lists them in), on purpose: the
 * admin must sort siblings by orderBy.
 */
const state = {
  retail: {
    accountID: 9,
    categories: [
      { categoryID: 1, name: 'Vestes' },
      { categoryID: 2, name: 'Pantalons' },
      { categoryID: 3, name: 'Chaussures' },
    ],
  },
  ecom: {
    storeId: STORE,
    categories: [
      { id: 13, name: 'Chaussures', orderBy: 30, origin: 'LIGHTSPEED', externalReferenceId: '3', enabled: true },
      { id: 20, name: "Soldes d'hiver", orderBy: 5, enabled: true },
      { id: 11, name: 'Vestes', orderBy: 10, origin: 'LIGHTSPEED', externalReferenceId: '1', enabled: false },
      { id: 21, name: 'Dernière chance', parentId: 20, orderBy: 10, enabled: true },
      { id: 12, name: 'Pantalons', orderBy: 20, origin: 'LIGHTSPEED', externalReferenceId: '2', enabled: false },
      { id: 30, name: XSS, orderBy: 25, enabled: true },
    ],
    products: [
      { id: 101, name: 'Veste en jean', sku: 'VES-01', categoryIds: [11] },
      { id: 102, name: 'Jean slim', sku: 'JEA-01', categoryIds: [12, 20] },
      { id: 103, name: 'Carte cadeau', sku: 'CAD-01', categoryIds: [] },
      { id: 104, name: 'Bottes', sku: 'BOT-01', categoryIds: [13, 21], enabled: false },
      { id: 105, name: XSS, sku: 'XSS-01', categoryIds: [30] },
    ],
  },
};

const ROW = (id: number) => `li[data-category-id="${id}"] > .ec-category-row`;
const READY = 'main.ec-main:not([aria-busy])';

interface WorldCategory {
  id: number;
  name: string;
  parentId: number;
  enabled: boolean;
  description: string;
  origin: string | null;
  imageUrl: string;
}
interface WorldProduct {
  id: number;
  enabled: boolean;
}

let sandbox: Sandbox;
let browser: Browser;
let page: Page;
let pageErrors: string[];

async function world(): Promise<{ categories: WorldCategory[]; products: WorldProduct[] }> {
  const state = (await (await control(sandbox, '/state')).json()) as {
    ecom: { categories: WorldCategory[]; products: WorldProduct[] };
  };
  return state.ecom;
}

async function worldCategory(id: number): Promise<WorldCategory> {
  const found = (await world()).categories.find((category) => category.id === id);
  expect(found, `category ${id} in the world`).toBeDefined();
  return found!;
}

/** Opens the admin and waits for the page to be drawn from the API. */
async function open(hash: string, query = '', page_ = 'categories'): Promise<void> {
  await page.goto(`${sandbox.origin}/store/${STORE}${query}${hash}`);
  await page.waitForSelector(`${READY}[data-page="${page_}"] > *:not(.ec-loading)`);
}

const text = (selector: string) => page.locator(selector).textContent();
const texts = (selector: string) => page.locator(selector).allTextContents();
const attrs = (selector: string, name: string) =>
  page.locator(selector).evaluateAll((elements, attr) => elements.map((e) => e.getAttribute(attr)), name);

beforeAll(async () => {
  sandbox = await startTestSandbox({ state });
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

beforeEach(async () => {
  await control(sandbox, '/reset', { method: 'POST' });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return async () => {
    await page.close();
    expect(pageErrors, 'errors thrown in the page').toEqual([]);
  };
});

describe('the categories page', () => {
  it('draws the tree in admin order, with the Store front page first and locks only on Retail categories', async () => {
    await open('#categories');
    expect(await attrs('ul.ec-category-tree[role="tree"] > li.ec-category-tree__node', 'data-category-id')).toEqual([
      '0',
      '20',
      '11',
      '12',
      '30',
      '13',
    ]);
    const children = 'li[data-category-id="20"] > ul.ec-category-tree[role="group"] > li[role="treeitem"]';
    expect(await attrs(children, 'data-category-id')).toEqual(['21']);
    const storefront = 'li.ec-category-tree__node--storefront[data-category-id="0"]';
    expect(await text(`${storefront} .ec-category-row__count`)).toBe('1 product');

    expect(await attrs('.ec-category-row__lock', 'title')).toEqual(Array(3).fill('Retail POS category'));
    const locked = await page
      .locator('.ec-category-row__lock')
      .evaluateAll((locks) => locks.map((lock) => lock.closest('li')!.getAttribute('data-category-id')));
    expect(locked).toEqual(['11', '12', '13']);
    // The lock comes first in its row, and holds an svg padlock.
    expect(await page.locator(`${ROW(11)} > :first-child`).getAttribute('class')).toBe('ec-category-row__lock');
    expect(await page.locator(`${ROW(11)} .ec-category-row__lock svg`).count()).toBe(1);

    expect(await page.locator(`${ROW(12)} a.ec-category-row__name`).getAttribute('href')).toBe('#category:id=12');
    expect(await page.locator(`${ROW(12)} .ec-category-row__count`).textContent()).toBe('1 product');
    expect(await page.locator(`${ROW(20)} .ec-category-row__count`).textContent()).toBe('1 product');
    expect(await page.locator(`${ROW(11)} .ec-switch__label`).textContent()).toBe('Disabled');
    expect(await page.locator(`${ROW(13)} .ec-switch__label`).textContent()).toBe('Enabled');
    expect(await page.locator(`${ROW(13)} input.ec-switch__input[role="switch"]`).isChecked()).toBe(true);
    expect(await page.locator('.ec-page-header h1').textContent()).toBe('Categories');
    expect(await page.locator('nav.ec-nav a[href="#categories"]').getAttribute('aria-current')).toBe('page');
    expect(await page.locator('nav.ec-nav a[href="#products"]').count()).toBe(1);
  });

  it('enables a category with its switch, through the API', async () => {
    await open('#categories');
    expect((await worldCategory(11)).enabled).toBe(false);
    await page.locator(`${ROW(11)} .ec-switch__input`).click();
    await expect.poll(() => page.locator(`${ROW(11)} .ec-switch__label`).textContent()).toBe('Enabled');
    expect(await page.locator(`${ROW(11)} .ec-switch__input`).isChecked()).toBe(true);
    expect((await worldCategory(11)).enabled).toBe(true);
    // Only that category changed.
    expect((await worldCategory(12)).enabled).toBe(false);
  });

  it('shows an API error in the message bar and puts the switch back', async () => {
    const fault = { match: 'PUT /categories/12$', status: 500, times: 1 };
    await control(sandbox, '/faults', { method: 'PUT', body: JSON.stringify([fault]) });
    await open('#categories');
    await page.locator(`${ROW(12)} .ec-switch__input`).click();
    const error = page.locator('.ec-message-bar .ec-message--error');
    await error.waitFor();
    expect(await error.textContent()).toContain('HTTP 500');
    expect(await error.isVisible()).toBe(true);
    await expect.poll(() => page.locator(`${ROW(12)} .ec-switch__input`).isChecked()).toBe(false);
    expect(await page.locator(`${ROW(12)} .ec-switch__label`).textContent()).toBe('Disabled');
    expect((await worldCategory(12)).enabled).toBe(false);
  });

  it('adds an online-only root category with the inline form', async () => {
    await open('#categories');
    await page.locator('button[data-action="add-root-category"]').click();
    await page.locator('form.ec-add-category input[name="name"]').fill('Nouveautés');
    await page.locator('form.ec-add-category button[type="submit"]').click();
    await page.waitForSelector('ul.ec-category-tree[role="tree"] > li > .ec-category-row a:text-is("Nouveautés")');
    expect(await page.locator('form.ec-add-category').count()).toBe(0);
    const created = (await world()).categories.find((category) => category.name === 'Nouveautés');
    expect(created).toMatchObject({ parentId: 0, origin: null });
    const createdRow = page.locator(`li[data-category-id="${created!.id}"] > .ec-category-row`);
    expect(await createdRow.locator('.ec-category-row__lock').count()).toBe(0);
  });

  it('renders a name holding HTML as text, running nothing', async () => {
    await open('#categories');
    expect(await page.locator(`${ROW(30)} a.ec-category-row__name`).textContent()).toBe(XSS);
    expect(await page.locator('main img').count()).toBe(0);
    await page.goto(`${sandbox.origin}/store/${STORE}#category:id=30`);
    await page.waitForSelector('form.ec-category-form');
    expect(await page.locator('form.ec-category-form h1').textContent()).toBe(XSS);
    expect(await page.locator('ul.ec-category-products li[data-product-id="105"]').textContent()).toContain(XSS);
    await page.locator('nav.ec-nav a[href="#products"]').click();
    await page.waitForSelector(`${READY}[data-page="products"] table`);
    expect(await page.locator('tr[data-product-id="105"] td.ec-product-row__categories').textContent()).toBe(XSS);
    await page.waitForTimeout(200);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });

  it('draws again with fresh data when the window gets focus', async () => {
    await open('#categories');
    const body = JSON.stringify({ name: 'Soldes de printemps' });
    const response = await ecomFetch(sandbox, '/categories/20', { method: 'PUT', body });
    expect(response.status).toBe(200);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => text(`${ROW(20)} .ec-category-row__name`)).toBe('Soldes de printemps');
  });

  it('fetches the data again on navigation', async () => {
    await open('#categories');
    await ecomFetch(sandbox, '/categories/12', { method: 'PUT', body: JSON.stringify({ enabled: true }) });
    await page.locator('nav.ec-nav a[href="#products"]').click();
    await page.waitForSelector(`${READY}[data-page="products"] table`);
    await page.locator('nav.ec-nav a[href="#categories"]').click();
    await page.waitForSelector(`${READY}[data-page="categories"] ul.ec-category-tree`);
    expect(await page.locator(`${ROW(12)} .ec-switch__label`).textContent()).toBe('Enabled');
  });

  it('answers an unknown hash with the categories page', async () => {
    await open('#no-such-page', '', 'categories');
    expect(await page.locator('ul.ec-category-tree[role="tree"]').count()).toBe(1);
  });

  // How fast it draws is measured by `npm run bench`, never asserted here; this checks that it draws it all.
  it('draws a store of 5,000 categories completely', async () => {
    const categories = Array.from({ length: 5000 }, (_, i) => ({
      id: i + 1,
      name: `Category ${i + 1}`,
      parentId: i < 50 ? 0 : (i % 50) + 1,
      origin: i % 2 === 0 ? 'LIGHTSPEED' : null,
    }));
    const put = await control(sandbox, '/state', {
      method: 'PUT',
      body: JSON.stringify({ retail: { accountID: 9 }, ecom: { storeId: STORE, categories } }),
    });
    expect(put.status).toBe(200);
    await page.goto(`${sandbox.origin}/store/${STORE}#categories`);
    await page.waitForSelector(`${READY} ul.ec-category-tree[role="tree"]`, { timeout: 30_000 });
    expect(await page.locator('li[data-category-id]').count()).toBe(5001);
    expect(await page.locator('.ec-category-row__lock').count()).toBe(2500);
  });
});

describe('the category page', () => {
  it('opens from the tree, locks a Retail category name and parent, and saves its description', async () => {
    await open('#categories');
    await page.locator(`${ROW(11)} a.ec-category-row__name`).click();
    await page.waitForSelector(`${READY}[data-page="category"] form.ec-category-form[data-category-id="11"]`);
    const form = page.locator('form.ec-category-form');
    expect(await form.locator('input[name="name"]').inputValue()).toBe('Vestes');
    expect(await form.locator('input[name="name"]').getAttribute('readonly')).not.toBeNull();
    expect(await form.locator('.ec-category-form__lock svg').count()).toBeGreaterThan(0);
    expect(await form.locator('select[name="parentId"]').isDisabled()).toBe(true);
    expect(await attrs('ul.ec-category-products > li', 'data-product-id')).toEqual(['101']);

    // Even a name forced into the readonly field must not be sent: Retail owns it.
    await form.locator('input[name="name"]').evaluate((input: HTMLInputElement) => (input.value = 'Renamed'));
    await form.locator('textarea[name="description"]').fill('Nos vestes pour la saison.');
    await form.locator('input[type="checkbox"][name="enabled"]').check();
    await form.locator('button[type="submit"]').click();
    const saved = page.locator('.ec-message-bar .ec-message--success');
    await saved.waitFor();
    expect(await saved.textContent()).toContain('Saved');
    const category = await worldCategory(11);
    expect(category).toMatchObject({
      name: 'Vestes',
      parentId: 0,
      description: 'Nos vestes pour la saison.',
      enabled: true,
    });
    // The page is drawn again from the saved data.
    const description = page.locator('form.ec-category-form textarea[name="description"]');
    expect(await description.inputValue()).toBe('Nos vestes pour la saison.');
  });

  it('renames and moves an online-only category, and sets its image', async () => {
    await open('#category:id=21', '', 'category');
    const form = page.locator('form.ec-category-form[data-category-id="21"]');
    expect(await form.locator('input[name="name"]').getAttribute('readonly')).toBeNull();
    expect(await form.locator('.ec-category-form__lock').count()).toBe(0);
    expect(await form.locator('select[name="parentId"]').isDisabled()).toBe(false);
    expect(await form.locator('select[name="parentId"]').inputValue()).toBe('20');
    expect(await attrs('ul.ec-category-products > li', 'data-product-id')).toEqual(['104']);
    expect(await text('ul.ec-category-products > li[data-product-id="104"]')).toContain('Disabled');

    await form.locator('input[name="name"]').fill('Derniers jours');
    await form.locator('select[name="parentId"]').selectOption('0');
    await form.locator('input[name="imageUrl"]').fill('https://images.example.com/last.jpg');
    await form.locator('button[type="submit"]').click();
    await page.locator('.ec-message--success').waitFor();
    expect(await worldCategory(21)).toMatchObject({
      name: 'Derniers jours',
      parentId: 0,
      imageUrl: 'https://images.example.com/last.jpg',
    });
  });

  it('keeps unsaved input when the window gets focus', async () => {
    await open('#category:id=20', '', 'category');
    await page.locator('textarea[name="description"]').fill('Work in progress');
    await ecomFetch(sandbox, '/categories/13', { method: 'PUT', body: JSON.stringify({ enabled: false }) });
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.waitForTimeout(500);
    expect(await page.locator('textarea[name="description"]').inputValue()).toBe('Work in progress');
  });

  it('says so for a category that does not exist', async () => {
    await open('#category:id=999', '', 'category');
    expect(await page.locator('form.ec-category-form').count()).toBe(0);
    expect(await page.locator('main .ec-empty').textContent()).toBe('This category does not exist.');
  });
});

describe('the products page', () => {
  it('lists products with their categories and enables one through the API', async () => {
    await open('#products', '', 'products');
    expect(await attrs('table.ec-product-table tr.ec-product-row', 'data-product-id')).toEqual([
      '101',
      '102',
      '103',
      '104',
      '105',
    ]);
    expect(await texts('tr[data-product-id="102"] > td')).toEqual([
      'Jean slim',
      'JEA-01',
      "Pantalons, Soldes d'hiver",
      'Enabled',
    ]);
    expect(await text('tr[data-product-id="103"] td.ec-product-row__categories')).toBe('Store front page');
    expect(await page.locator('nav.ec-nav a[href="#products"]').getAttribute('aria-current')).toBe('page');

    const product = (id: number) => world().then((w) => w.products.find((p) => p.id === id)!);
    expect((await product(104)).enabled).toBe(false);
    await page.locator('tr[data-product-id="104"] label.ec-switch .ec-switch__input').click();
    await expect.poll(() => page.locator('tr[data-product-id="104"] .ec-switch__label').textContent()).toBe('Enabled');
    expect((await product(104)).enabled).toBe(true);
  });
});

describe('languages and markup', () => {
  it('speaks French with ?lang=fr', async () => {
    await open('#categories', '?lang=fr');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.locator('.ec-page-header h1').textContent()).toBe('Catégories');
    expect(await text('button[data-action="add-root-category"]')).toBe('Ajouter une catégorie racine');
    expect(await text('li[data-category-id="0"] .ec-category-row__name')).toBe('Page de vitrine de la boutique');
    expect(await page.locator(`${ROW(11)} .ec-switch__label`).textContent()).toBe('Désactivée');
    expect(await page.locator(`${ROW(13)} .ec-switch__label`).textContent()).toBe('Activée');
    expect(await page.locator(`${ROW(11)} .ec-category-row__lock`).getAttribute('title')).toBe('Catégorie Retail POS');
    expect(await page.locator(`${ROW(12)} .ec-category-row__count`).textContent()).toBe('1 produit');
    expect(await page.locator('nav.ec-nav a[href="#products"]').textContent()).toBe('Produits');
  });

  it('draws the same data with other markup under ?markup=alt', async () => {
    await page.goto(`${sandbox.origin}/store/${STORE}?markup=alt#categories`);
    await page.waitForSelector('.catalog-list .catalog-entry');
    expect(await page.locator('.ec-category-tree').count()).toBe(0);
    expect(await page.locator('[data-category-id]').count()).toBe(0);
    expect(await page.locator('[class*="ec-"]').count()).toBe(0);
    const entries = await texts('.catalog-list > .catalog-entry .catalog-entry__title');
    expect(entries).toEqual([
      'Store front page',
      "Soldes d'hiver",
      'Dernière chance',
      'Vestes',
      'Pantalons',
      XSS,
      'Chaussures',
    ]);

    // Same actions underneath: its toggle writes through the API too.
    await page.locator('.catalog-entry', { hasText: 'Vestes' }).locator('button.toggle').click();
    await expect.poll(async () => (await worldCategory(11)).enabled).toBe(true);
  });
});

describe('the look', () => {
  it('looks like an admin (screenshot at /tmp/admin-categories.png)', async () => {
    await open('#categories');
    await page.screenshot({ path: '/tmp/admin-categories.png' });
    const primary = page.locator('button[data-action="add-root-category"]');
    expect(await primary.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe('rgb(28, 111, 232)');
    // A left navigation beside the content, and switches drawn as toggles rather than bare checkboxes.
    const nav = (await page.locator('nav.ec-nav').boundingBox())!;
    const main = (await page.locator('main.ec-main').boundingBox())!;
    expect(nav.x + nav.width).toBeLessThanOrEqual(main.x);
    expect(nav.height).toBeGreaterThan(main.height / 2);
    const toggle = (await page.locator(`${ROW(13)} .ec-switch__input`).boundingBox())!;
    expect(toggle.width).toBeGreaterThan(toggle.height * 1.5);
  });
});
