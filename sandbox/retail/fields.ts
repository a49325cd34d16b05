import { retailTreeFields } from '../world/tree.ts';
import type { RetailCategory, RetailItem, RetailWorld } from '../world/types.ts';

/**
 * The fields a list can be filtered and sorted by, per entity, each with how its values compare: numbers and
 * times (as milliseconds) numerically, text without regard to case, booleans as 0 and 1.
 */

export type FieldKind = 'integer' | 'time' | 'text' | 'boolean';

/** A field's value reduced to something orderable. */
export type SortKey = number | string;

export interface FieldSpec<T> {
  kind: FieldKind;
  key(record: T): SortKey;
}

export interface EntitySpec<T> {
  /** The entity's name on the wire: the list's key and the URL's file name. */
  name: 'Category' | 'Item';
  idField: string;
  id(record: T): number;
  /** Fields usable in filters (`field=op,value`). */
  filterable: Record<string, FieldSpec<T>>;
  /** Fields usable in `sort=`; the id field is always among them. */
  sortable: readonly string[];
}

const timeKey = (time: string): number => Date.parse(time);
const booleanKey = (value: boolean): number => (value ? 1 : 0);

export function categorySpec(retail: RetailWorld): EntitySpec<RetailCategory> {
  return {
    name: 'Category',
    idField: 'categoryID',
    id: (category) => category.categoryID,
    filterable: {
      categoryID: { kind: 'integer', key: (category) => category.categoryID },
      parentID: { kind: 'integer', key: (category) => category.parentID },
      name: { kind: 'text', key: (category) => category.name },
      nodeDepth: { kind: 'integer', key: (category) => retailTreeFields(retail, category.categoryID).nodeDepth },
      leftNode: { kind: 'integer', key: (category) => retailTreeFields(retail, category.categoryID).leftNode },
      createTime: { kind: 'time', key: (category) => timeKey(category.createTime) },
      timeStamp: { kind: 'time', key: (category) => timeKey(category.timeStamp) },
    },
    sortable: ['categoryID', 'name', 'timeStamp', 'createTime', 'leftNode'],
  };
}

export function itemSpec(): EntitySpec<RetailItem> {
  return {
    name: 'Item',
    idField: 'itemID',
    id: (item) => item.itemID,
    filterable: {
      itemID: { kind: 'integer', key: (item) => item.itemID },
      categoryID: { kind: 'integer', key: (item) => item.categoryID },
      description: { kind: 'text', key: (item) => item.description },
      systemSku: { kind: 'text', key: (item) => item.systemSku },
      customSku: { kind: 'text', key: (item) => item.customSku },
      publishToEcom: { kind: 'boolean', key: (item) => booleanKey(item.publishToEcom) },
      createTime: { kind: 'time', key: (item) => timeKey(item.createTime) },
      timeStamp: { kind: 'time', key: (item) => timeKey(item.timeStamp) },
    },
    sortable: ['itemID', 'description', 'timeStamp', 'createTime', 'categoryID'],
  };
}

// MySQL, behind the real API, compares text without regard to case; ties are then broken by id.
const collator = new Intl.Collator('en', { sensitivity: 'accent' });

export function compareKeys(a: SortKey, b: SortKey): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  return collator.compare(String(a), String(b));
}

/** Reads a filter or cursor value as the field's kind; undefined when it is not one. */
export function parseKey(kind: FieldKind, raw: string): SortKey | undefined {
  switch (kind) {
    case 'integer':
      return /^-?\d+$/.test(raw.trim()) ? Number(raw) : undefined;
    case 'time': {
      // Date.parse reads almost anything as a date ("12" is a year); only ISO 8601 is a time here.
      if (!/^\d{4}-\d{2}-\d{2}/.test(raw)) return undefined;
      const ms = Date.parse(raw);
      return Number.isNaN(ms) ? undefined : ms;
    }
    case 'boolean':
      return raw === 'true' ? 1 : raw === 'false' ? 0 : undefined;
    case 'text':
      return raw;
  }
}
