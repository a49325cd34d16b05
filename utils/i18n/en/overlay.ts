/**
 * The admin overlay's words, in English. fr/overlay.ts has the same keys. Keys ending in .one / .other are the
 * two plural forms of one message (utils/overlay/words.ts picks one by the language's own rules). The words the overlay needs before the
 * background answers are in overlay-offline.ts.
 */
export const overlay = {
  'overlay.loading': 'Asking Sync Lens for this store’s state…',
  'overlay.notConnected':
    'Connect your Retail POS and eCom stores in Sync Lens to see the sync status of every category here.',
  'overlay.otherStore.options': 'Open Sync Lens’s options',
  'overlay.connectedEcomOnly':
    'eCom is connected. Connect Retail POS too to see categories that have not arrived yet and Retail’s order.',

  'overlay.readAt': 'Read {time}',
  'overlay.readAtTitle': 'Retail POS and eCom were last read on {date}.',
  'overlay.readNever': 'Not read yet',
  'overlay.readOnly':
    'Connected with a public token: eCom hides disabled categories and products from it, so a category still disabled shows as on its way from Retail, and nothing can be changed. Connect with the secret token in Sync Lens’s options.',
  'overlay.refreshing': 'Reading Retail POS and eCom…',
  'overlay.refresh': 'Check again',
  'overlay.refreshFailed': 'Could not read the stores ({reason}). What you see was read before.',
  'overlay.allLive': 'Nothing from Retail POS is waiting for you.',
  'overlay.counts': 'Where your categories stand',

  'overlay.chip.new.one': '{count} new, still disabled',
  'overlay.chip.new.other': '{count} new, still disabled',
  'overlay.chip.pending.one': '{count} on its way from Retail',
  'overlay.chip.pending.other': '{count} on their way from Retail',
  'overlay.chip.drift.one': '{count} changed in Retail',
  'overlay.chip.drift.other': '{count} changed in Retail',
  'overlay.chip.disabled.one': '{count} disabled in eCom',
  'overlay.chip.disabled.other': '{count} disabled in eCom',
  'overlay.chip.orphaned.one': '{count} no longer in Retail',
  'overlay.chip.orphaned.other': '{count} no longer in Retail',
  'overlay.chip.hiddenProducts.one': '{count} product hidden in a live category',
  'overlay.chip.hiddenProducts.other': '{count} products hidden in live categories',

  'overlay.action.enableNew.one': 'Enable {count} new category',
  'overlay.action.enableNew.other': 'Enable {count} new categories',
  'overlay.action.enableProducts.one': 'Enable {count} product',
  'overlay.action.enableProducts.other': 'Enable {count} products',
  'overlay.action.showJob': 'Show progress',
  'overlay.action.help': 'Help',

  'overlay.status.pending': 'On its way',
  'overlay.status.new': 'New',
  'overlay.status.live': 'Live',
  'overlay.status.disabled': 'Disabled',
  'overlay.status.drift': 'Changed in Retail',
  'overlay.status.orphaned': 'Not in Retail',
  'overlay.status.online-only': 'Online only',
  'overlay.status.ambiguous': 'Cannot tell',
  'overlay.meaning.pending': 'In Retail POS, not in eCom yet: Lightspeed’s next sync brings it here, disabled.',
  'overlay.meaning.new':
    'Arrived from Retail POS and still disabled, as every synced category arrives: shoppers do not see it until you enable it.',
  'overlay.meaning.live': 'From Retail POS and enabled: shoppers see it.',
  'overlay.meaning.disabled':
    'From Retail POS and disabled on purpose: it was live, or you had already given it a description or an image. Enabling new categories in bulk leaves it alone.',
  'overlay.meaning.drift': 'Retail POS has changes that eCom does not show yet; Lightspeed’s next sync brings them.',
  'overlay.meaning.orphaned':
    'It came from Retail POS, which no longer has it. Sync Lens leaves it as it is: you decide.',
  'overlay.meaning.online-only':
    'Made here in eCom and never sent to Retail POS: it can hold products that are also in other categories, and have subcategories.',
  'overlay.meaning.ambiguous':
    'Two or more categories could be this one (the same name or place, and nothing else tells them apart). Sync Lens will not guess: it changes none of them and makes no copy until it can tell.',
  'overlay.badge.label': 'Sync status of {name}: {status}',

  'overlay.lock.tip': 'Locked by Retail POS: click to see what is locked and why.',
  'overlay.lock.heading': 'Why the lock',
  'overlay.lock.what': 'Locked here: its name, its place in the category tree and which products it holds.',
  'overlay.lock.why':
    'They come from Retail POS, one way: Retail sends them to eCom and nothing changed here goes back. Change them in Retail POS.',
  'overlay.lock.yours':
    'Yours to change here: its image, its description and its availability. The sync never overwrites them.',
  'overlay.lock.disable': 'Disabling it here hides it from your online shop only: it stays active in Retail POS.',
  'overlay.lock.where': 'To change it in Retail POS, open Inventory > Categories there and find “{path}”.',
  'overlay.lock.whereNoRetail':
    'To change it, open Retail POS, then Inventory > Categories. Connect Retail POS in Sync Lens to see its changes here before they sync.',

  'overlay.details.title': 'About “{name}”',
  'overlay.details.close': 'Close',
  'overlay.details.path': 'In the tree: {path}',
  'overlay.details.products': 'Products enabled: {enabled} of {count}',
  'overlay.details.noProducts': 'No products',
  'overlay.details.pending':
    'It exists in Retail POS and is not in eCom yet. Lightspeed’s next sync creates it here, disabled; enable it then.',
  'overlay.link.chosen': 'Linked to its Retail category by your choice.',
  'overlay.link.remembered': 'Linked to its Retail record as at the last read.',
  'overlay.link.id': 'Linked to its Retail record by the id eCom keeps for it.',
  'overlay.link.path': 'Linked to its Retail category by the same place and name.',
  'overlay.link.parent+name': 'Linked to its Retail category by its name under the same parent.',
  'overlay.link.products': 'Linked to its Retail category by the products both hold.',
  'overlay.link.sku': 'Linked to its Retail item by its SKU.',
  'overlay.link.name': 'Linked to its Retail item by its name in the same category.',
  'overlay.link.first': 'It was first found {how}.',
  'overlay.linkBy.chosen': 'by your choice',
  'overlay.linkBy.remembered': 'at an earlier read',
  'overlay.linkBy.id': 'by the id eCom keeps for it',
  'overlay.linkBy.path': 'by the same place and name',
  'overlay.linkBy.parent+name': 'by its name under the same parent',
  'overlay.linkBy.products': 'by the products both hold',
  'overlay.linkBy.sku': 'by its SKU',
  'overlay.linkBy.name': 'by its name in the same category',
  'overlay.details.candidates.one':
    '{count} possible match on the other side. Sync Lens does not choose between equals: nothing is changed until it can tell.',
  'overlay.details.candidates.other':
    '{count} possible matches on the other side. Sync Lens does not choose between equals: nothing is changed until it can tell.',
  'overlay.choice.heading': 'Which Retail category is it?',
  'overlay.choice.intro.ambiguous':
    'The evidence cannot tell, so Sync Lens changes nothing here. If you know which it is, say so: Sync Lens remembers your choice.',
  'overlay.choice.intro.orphaned':
    'If Retail POS still has it, under another name or in another place, say which: Sync Lens remembers your choice.',
  'overlay.choice.label': 'Its Retail category',
  'overlay.choice.placeholder': 'Choose…',
  'overlay.choice.likely': '{path} (same name)',
  'overlay.choice.none': 'None: Retail POS has no such category',
  'overlay.choice.preview.pair':
    'Sync Lens will treat “{name}” as the copy of “{path}” in Retail POS: its status, its lock and every sync follow that category from now on.',
  'overlay.choice.preview.none':
    'Sync Lens will treat “{name}” as a category Retail POS no longer has, and leave it as it is. A Retail category of the same name then counts as not in eCom yet: the next sync (Lightspeed’s, or Sync Lens’s in Sync mode) creates its own copy here.',
  'overlay.choice.preview.local':
    'Nothing is written to your stores: the choice is kept by Sync Lens in this browser, and you can undo it here.',
  'overlay.choice.confirm': 'Remember this choice',
  'overlay.choice.cancel': 'Cancel',
  'overlay.choice.failed': 'Sync Lens did not take this choice: {reason}',
  'overlay.choice.saidPair': 'You chose its Retail category: “{path}”.',
  'overlay.choice.saidNone': 'You said Retail POS has no category for it.',
  'overlay.choice.undo': 'Undo my choice',
  'overlay.drift.intro': 'Retail POS has what eCom does not show yet:',
  'overlay.drift.name': 'Name in Retail: “{retail}” (eCom shows “{ecom}”).',
  'overlay.drift.parent': 'Place in Retail: under {retail} (eCom shows it under {ecom}).',
  'overlay.drift.topLevel': 'the top level',
  'overlay.drift.quoted': '“{name}”',
  'overlay.drift.notInEcom': 'a category not in eCom yet',
  'overlay.drift.order': 'Order in Retail: position {retail} among its neighbours (eCom shows position {ecom}).',
  'overlay.drift.missing.one': '{count} product is in it in Retail but not yet in eCom.',
  'overlay.drift.missing.other': '{count} products are in it in Retail but not yet in eCom.',
  'overlay.drift.extra.one': '{count} product is in it in eCom but no longer in Retail.',
  'overlay.drift.extra.other': '{count} products are in it in eCom but no longer in Retail.',
  'overlay.drift.next': 'Lightspeed’s next sync brings these changes: nothing to do here.',
  'overlay.list.pending': 'On their way from Retail POS',
  'overlay.list.drift': 'Changed in Retail POS',
  'overlay.list.orphaned': 'No longer in Retail POS',
  'overlay.list.disabled': 'Disabled in eCom',

  'overlay.help.title': 'Help: categories from Retail POS',
  'overlay.help.close': 'Close help',
  'overlay.help.source':
    'From Lightspeed’s article “Syncing categories between Retail POS (R-Series) and eCom (E-Series)”.',
  'overlay.help.q.why-disabled': 'Why is my category disabled?',
  'overlay.help.a.why-disabled':
    'Lightspeed’s sync creates every Retail POS category in eCom disabled, so nothing reaches your shop before you are ready. You enable each one yourself once it has arrived, and again for every category a later sync brings.\n\nSync Lens marks these categories as New and enables them all in one go, with a preview first and an undo afterwards.',
  'overlay.help.q.why-lock': 'Why is there a lock on my category?',
  'overlay.help.a.why-lock':
    'The padlock marks a category that comes from Retail POS. Its name, where it sits in the tree and which products it holds are managed in Retail POS: the sync only goes from Retail to eCom, so change them there.\n\nYou can still give it an image and a description here. They stay in eCom: Retail POS never receives them and the sync never replaces them.',
  'overlay.help.q.where-products': 'Where did my products go?',
  'overlay.help.a.where-products':
    'A product whose item has no category in Retail POS lands in eCom’s default category, the Store front page, and shows on your shop’s front page. Give the item a category in Retail POS to move it.\n\nA product that shows nowhere may be disabled: enable it in Catalog > Products. Sync Lens points out products that are disabled inside an enabled category and can enable them together.',
  'overlay.help.q.what-disabling-does': 'What does disabling a category do?',
  'overlay.help.a.what-disabling-does':
    'Disabling a category in eCom (Availability > Disable) takes it out of your online shop, and that is all: it stays active in Retail POS, and the sync does not switch it back on.\n\nA category you disabled after it was live is not treated as new: enabling new categories in bulk leaves it alone unless you tick it.',
  'overlay.help.q.online-only': 'What are online-only categories?',
  'overlay.help.a.online-only':
    'They are categories you create in eCom: Catalog > Categories, Add root category, type a name, Save. They never go to Retail POS.\n\nIn them a product can be in several categories at once, and they can have subcategories, which Retail POS does not allow. Use them beside your Retail categories, or disable the Retail ones and shape your shop with online-only categories alone.',
  'overlay.help.q.order': 'Why are my categories in this order?',
  'overlay.help.a.order':
    'Categories from Retail POS keep Retail’s display order, in the eCom admin and in your shop. To change the order, change it in Retail POS.',

  'overlay.preview.title': 'Enable new categories',
  'overlay.preview.intro':
    'These categories arrived from Retail POS and are still disabled. Once enabled, they show in your online shop with their enabled products.',
  'overlay.preview.category': 'Category',
  'overlay.preview.products': 'Products',
  'overlay.preview.merchantDisabled':
    'Left unticked: it looks disabled on purpose (it was live, or you had already given it a description or an image). Tick it to enable it.',
  'overlay.preview.pendingNote.one':
    '{count} more category is on its way from Retail POS: enable it after Lightspeed’s next sync.',
  'overlay.preview.pendingNote.other':
    '{count} more categories are on their way from Retail POS: enable them after Lightspeed’s next sync.',
  'overlay.preview.confirm.one': 'Enable {count} category',
  'overlay.preview.confirm.other': 'Enable {count} categories',
  'overlay.preview.nothingTicked': 'Tick at least one category to enable.',
  'overlay.preview.empty': 'No category is waiting to be enabled.',
  'overlay.preview.cancel': 'Cancel',
  'overlay.preview.tickAll': 'Tick every new category',

  'overlay.productsPreview.title': 'Enable products',
  'overlay.productsPreview.intro':
    'These products are disabled although their category is enabled, so shoppers browsing it do not see them.',
  'overlay.productsPreview.product': 'Product',
  'overlay.productsPreview.where': 'Retail category',
  'overlay.productsPreview.noCategory': 'None: Store front page',
  'overlay.productsPreview.confirm.one': 'Enable {count} product',
  'overlay.productsPreview.confirm.other': 'Enable {count} products',
  'overlay.productsPreview.nothingTicked': 'Tick at least one product to enable.',
  'overlay.productsPreview.empty': 'No product is waiting to be enabled.',

  'overlay.job.title.enable-categories': 'Enabling categories',
  'overlay.job.title.disable-categories': 'Putting categories back',
  'overlay.job.title.enable-products': 'Enabling products',
  'overlay.job.title.disable-products': 'Putting products back',
  'overlay.job.title.sync': 'Syncing',
  'overlay.job.progress': '{done} of {total}',
  'overlay.job.progressLabel': 'Progress',
  'overlay.job.running':
    'This runs in the background: keep working, change page or reload, it goes on and Sync Lens shows where it is.',
  'overlay.job.queued': 'About to start…',
  'overlay.job.retrying': 'eCom asked Sync Lens to slow down; it goes on shortly ({reason}).',
  'overlay.job.stop': 'Stop',
  'overlay.job.hide': 'Keep working',
  'overlay.job.details': 'Details',
  'overlay.job.updating': 'Reading the result from eCom…',
  'overlay.job.doneTitle.enable-categories': 'Categories enabled',
  'overlay.job.doneTitle.disable-categories': 'Categories put back',
  'overlay.job.doneTitle.enable-products': 'Products enabled',
  'overlay.job.doneTitle.disable-products': 'Products put back',
  'overlay.job.doneTitle.sync': 'Sync done',
  'overlay.job.cancelled': 'Stopped. What was done before stopping stays done.',
  'overlay.job.failed': 'The job stopped: {reason}',
  'overlay.job.item.done.enable': 'Enabled',
  'overlay.job.item.done.disable': 'Disabled again',
  'overlay.job.item.failed': 'Failed: {reason}',
  'overlay.job.item.skipped': 'Skipped: {reason}',
  'overlay.job.item.pending': 'Not done',
  'overlay.job.undo': 'Undo',
  'overlay.job.undoHint.categories': 'Undo disables exactly these categories again; they count as new again.',
  'overlay.job.undoHint.products': 'Undo disables exactly these products again.',
  'overlay.job.close': 'Close',
  'overlay.job.startFailed': 'Could not start: {reason}',
  'overlay.job.undoFailed': 'Could not undo: {reason}',
  'overlay.job.label': 'Sync Lens: job in progress',

  'overlay.products.label': 'Sync Lens: products',
  'overlay.products.hidden.one':
    '{count} product is disabled although its category is enabled: shoppers do not see it.',
  'overlay.products.hidden.other':
    '{count} products are disabled although their category is enabled: shoppers do not see them.',
  'overlay.products.storefront.one':
    '{count} product has no category in Retail POS, so it shows on the Store front page.',
  'overlay.products.storefront.other':
    '{count} products have no category in Retail POS, so they show on the Store front page.',
  'overlay.products.allGood': 'Every product in an enabled category is enabled.',
  'overlay.badge.hidden': 'Hidden',
  'overlay.badge.hiddenTip': 'Disabled although its category is enabled: shoppers browsing the category do not see it.',
  'overlay.badge.storefront': 'Store front page',
  'overlay.badge.storefrontTip': 'Its item has no category in Retail POS, so eCom shows it on the Store front page.',
  'overlay.badge.storefrontRow.one': '{count} without a Retail category',
  'overlay.badge.storefrontRow.other': '{count} without a Retail category',
  'overlay.badge.storefrontRowTip':
    'Products whose item has no category in Retail POS land here and show on your shop’s front page. Click to see why.',

  'overlay.category.label': 'Sync Lens: this category',
  'overlay.category.retail':
    'From Retail POS: its name, place in the tree and products are locked here; its image, description and availability are yours.',
  'overlay.category.online': 'Online-only category: everything here is yours, and none of it goes to Retail POS.',
  'overlay.category.hidden.one': '{count} of its products is disabled: shoppers browsing it do not see it.',
  'overlay.category.hidden.other': '{count} of its products are disabled: shoppers browsing it do not see them.',
  'overlay.field.retail': 'From Retail POS',
  'overlay.field.retailTip': 'Change it in Retail POS: the sync sends Retail’s value here and locks it.',
  'overlay.field.yours': 'Yours',
  'overlay.field.yoursTip': 'Change it here: it stays in eCom and the sync never overwrites it.',
  'overlay.field.availabilityTip': 'Yours: disabling hides the category from your shop, not from Retail POS.',
  'overlay.field.online': 'Online only',
  'overlay.field.onlineTip': 'This category was made in eCom: every field is yours, and none goes to Retail POS.',

  'overlay.panel.label': 'Sync Lens panel',
  'overlay.panel.collapse': 'Collapse the Sync Lens panel',
  'overlay.panel.expand': 'Expand the Sync Lens panel',
  'overlay.panel.note':
    'Inline badges are off on this page: its layout is not one Sync Lens knows. Everything is here instead.',
  'overlay.panel.explained.one':
    'Sync Lens told {count} row of this page from its catalog and put its badge there; rows it cannot tell for certain get none.',
  'overlay.panel.explained.other':
    'Sync Lens told {count} rows of this page from its catalog and put their badges there; rows it cannot tell for certain get none.',
  'overlay.panel.unsure.one': '{count} row shows a name Sync Lens cannot tell apart from another: it is listed here.',
  'overlay.panel.unsure.other':
    '{count} rows show names Sync Lens cannot tell apart from others: they are listed here.',
  'overlay.outline.open': 'Help Sync Lens support your admin',
  'overlay.outline.intro':
    'This outline of the page’s structure (tags, roles, class names, nesting) holds no text, no id and no address from your store. Copy it and send it to Sync Lens’s makers: it shows them how your admin draws its rows.',
  'overlay.outline.label': 'Outline of this page’s structure',
  'overlay.outline.copy': 'Copy',
  'overlay.outline.close': 'Close',
  'overlay.outline.copied': 'Copied.',
  'overlay.outline.select': 'This page cannot copy by itself: the outline is selected, press Ctrl+C (⌘C on a Mac).',
  'overlay.panel.categories': 'Categories',
  'overlay.panel.products': 'Products to look at',
  'overlay.panel.filter': 'Show',
  'overlay.panel.filterAttention': 'Those needing attention',
  'overlay.panel.filterAll': 'All categories',
  'overlay.panel.more': 'Show {count} more',
  'overlay.panel.nothing': 'Nothing needs your attention.',
} as const;
