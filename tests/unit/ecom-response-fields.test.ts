import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  formatResponseFields,
  parseResponseFields,
  ResponseFieldsError,
  selectFields,
  type FieldSelector,
} from '../../sandbox/ecom/response-fields.ts';

/** A selector as plain nested objects, easier to compare (true = the whole value). */
type Plain = { [name: string]: Plain | true };
function plain(selector: FieldSelector): Plain {
  return Object.fromEntries([...selector].map(([name, nested]) => [name, nested === null ? true : plain(nested)]));
}

describe('parseResponseFields', () => {
  it('reads flat and nested fields', () => {
    expect(plain(parseResponseFields('total,items(id,name,enabled)'))).toEqual({
      total: true,
      items: { id: true, name: true, enabled: true },
    });
    expect(plain(parseResponseFields('items(id,categories(id,enabled)),count'))).toEqual({
      items: { id: true, categories: { id: true, enabled: true } },
      count: true,
    });
  });

  it('allows spaces around names and punctuation', () => {
    expect(plain(parseResponseFields(' total , items ( id , name ) '))).toEqual({
      total: true,
      items: { id: true, name: true },
    });
  });

  it('merges a field named twice; asking for the whole value wins', () => {
    expect(plain(parseResponseFields('items(id),items(name)'))).toEqual({ items: { id: true, name: true } });
    expect(plain(parseResponseFields('items(id),items'))).toEqual({ items: true });
  });

  it.each(['', 'items(', 'items()', 'a,', ',a', 'a b', 'a)', 'a(b))', 'a-b', 'items(id,,name)'])(
    'refuses %j, saying where',
    (text) => {
      expect(() => parseResponseFields(text)).toThrow(ResponseFieldsError);
      expect(() => parseResponseFields(text)).toThrow(/position \d+/);
    },
  );
});

const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,6}$/);
const { selector } = fc.letrec<{ selector: FieldSelector }>((tie) => ({
  selector: fc
    .uniqueArray(fc.tuple(name, fc.oneof({ depthSize: 'small' }, fc.constant(null), tie('selector'))), {
      minLength: 1,
      maxLength: 4,
      selector: ([fieldName]) => fieldName,
    })
    .map((entries) => new Map(entries)),
}));

describe('formatResponseFields', () => {
  it('writes what parseResponseFields reads back unchanged', () => {
    fc.assert(
      fc.property(selector, (original) => {
        expect(plain(parseResponseFields(formatResponseFields(original)))).toEqual(plain(original));
      }),
    );
  });
});

describe('selectFields', () => {
  const answer = {
    total: 2,
    count: 2,
    items: [
      { id: 1, name: 'Vestes', enabled: false, nameTranslated: { en: 'Vestes', fr: 'Vestes' } },
      { id: 2, name: 'Pantalons', enabled: true, nameTranslated: { en: 'Pantalons' } },
    ],
  };

  it('keeps the selected fields of the answer and of each item', () => {
    expect(selectFields(answer, parseResponseFields('total,items(id,nameTranslated(en))'))).toEqual({
      total: 2,
      items: [
        { id: 1, nameTranslated: { en: 'Vestes' } },
        { id: 2, nameTranslated: { en: 'Pantalons' } },
      ],
    });
  });

  it('leaves out fields the answer does not have instead of inventing them', () => {
    expect(selectFields({ id: 1 }, parseResponseFields('id,missing(x)'))).toEqual({ id: 1 });
  });

  it('keeps nothing but selected names, at every depth', () => {
    const json = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.integer(),
        fc.string(),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(name, tie('value'), { maxKeys: 4 }),
      ),
    })).value;
    const allowedOnly = (value: unknown, sel: FieldSelector | null): boolean => {
      if (sel === null) return true;
      if (Array.isArray(value)) return value.every((element) => allowedOnly(element, sel));
      if (typeof value !== 'object' || value === null) return true;
      return Object.entries(value).every(([key, inner]) => sel.has(key) && allowedOnly(inner, sel.get(key)!));
    };
    fc.assert(
      fc.property(json, selector, (value, sel) => {
        expect(allowedOnly(selectFields(value, sel), sel)).toBe(true);
      }),
    );
  });

  it('changes nothing when every field is selected whole', () => {
    fc.assert(
      fc.property(fc.dictionary(name, fc.jsonValue(), { minKeys: 1, maxKeys: 5 }), (record) => {
        const all = new Map(Object.keys(record).map((key) => [key, null] as const));
        expect(selectFields(record, all)).toEqual(record);
      }),
    );
  });
});
