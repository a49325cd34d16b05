import { parseHTML } from 'linkedom';

import { findCatalogRows, type KnownCategory } from '../../utils/admin-dom/catalog-rows.ts';
import { medianMs, type BenchRow } from './support.ts';

/**
 * The catalog finder alone (utils/admin-dom/catalog-rows.ts), in Node on a linkedom page: a table of 5,000 rows
 * with hashed classes and ids only in links, 500 branches of 10, and one name ("Vestes") in every branch three
 * times, 1,500 rows of one name. The DOM is not a browser's, so what counts is the finder's own share and how it
 * grows with rows of one name (it was once quadratic in them); `npm run bench overlay` times it in Chromium.
 */

const GROUP = 'catalog finder (Node, linkedom)';

function page(sharedName: boolean) {
  const categories: KnownCategory[] = [];
  let id = 1;
  for (let branch = 0; branch < 500; branch++) {
    const parent = id++;
    categories.push({ ecomId: parent, name: `Rayon ${branch}`, parentId: 0, order: branch });
    for (let child = 0; child < 9; child++) {
      const name = sharedName && child % 3 === 0 ? 'Vestes' : `Rayon ${branch}, ${child}`;
      categories.push({ ecomId: id++, name, parentId: parent, order: child });
    }
  }
  const rows = categories.map(
    (category) =>
      `<tr class="x9-r"><td><div><a class="x9-n" href="#category:id=${category.ecomId}">${category.name}</a></div></td>` +
      '<td>3</td><td><input type="checkbox"></td></tr>',
  );
  const { document } = parseHTML(`<html><body><table><tbody>${rows.join('')}</tbody></table></body></html>`);
  return { root: document.body as unknown as Element, categories };
}

export async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const shared of [false, true]) {
    const { root, categories } = page(shared);
    const found = findCatalogRows(root, categories).rows.length;
    rows.push({
      group: GROUP,
      name: shared ? '5,000 rows, 1,500 of one name' : '5,000 rows, every name its own',
      value: await medianMs(() => findCatalogRows(root, categories)),
      unit: 'ms',
      note: `${found} rows told (median of 5)`,
    });
  }
  return rows;
}
