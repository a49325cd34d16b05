import * as v from 'valibot';
import { describe, expect, it } from 'vitest';

import { checkAnswer } from '../../utils/http/validate.ts';
import { asList, wireBoolean, wireInteger, wirePage, wireSingle } from '../../utils/retail/normalise.ts';

const Thing = v.looseObject({ thingID: wireInteger, active: wireBoolean });
const ThingPage = wirePage('Thing', Thing);

describe('R-Series scalars', () => {
  it('reads numbers sent as strings (and real numbers)', () => {
    expect(v.parse(wireInteger, '12')).toBe(12);
    expect(v.parse(wireInteger, '0')).toBe(0);
    expect(v.parse(wireInteger, 12)).toBe(12);
  });

  it('refuses what is not a whole number, saying what it expected', () => {
    for (const bad of ['', 'abc', '1.5', null, true, 1.5]) {
      const result = v.safeParse(wireInteger, bad);
      expect(result.success).toBe(false);
      expect(result.issues?.[0]?.message).toBe('expected a number as a string');
    }
  });

  it('reads booleans sent as strings', () => {
    expect(v.parse(wireBoolean, 'true')).toBe(true);
    expect(v.parse(wireBoolean, 'false')).toBe(false);
    expect(v.parse(wireBoolean, 'False')).toBe(false);
    expect(v.parse(wireBoolean, true)).toBe(true);
    expect(v.safeParse(wireBoolean, 'yes').success).toBe(false);
  });
});

describe('R-Series list shapes', () => {
  it('takes nothing, one object, or an array to a list', () => {
    expect(asList(undefined)).toEqual([]);
    expect(asList(null)).toEqual([]);
    expect(asList({ a: 1 })).toEqual([{ a: 1 }]);
    expect(asList([{ a: 1 }, { a: 2 }])).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it('reads a page of several records', () => {
    const page = v.parse(ThingPage, {
      '@attributes': { count: '2', limit: '100', next: 'https://x/Thing.json?after=abc', previous: '' },
      Thing: [
        { thingID: '1', active: 'true' },
        { thingID: '2', active: 'false' },
      ],
    });
    expect(page.records).toEqual([
      { thingID: 1, active: true },
      { thingID: 2, active: false },
    ]);
    expect(page.links).toEqual({ next: 'https://x/Thing.json?after=abc', previous: null });
  });

  it('reads a single record sent as an object rather than an array of one', () => {
    const page = v.parse(ThingPage, {
      '@attributes': { count: '1', next: '' },
      Thing: { thingID: '7', active: 'true' },
    });
    expect(page.records).toEqual([{ thingID: 7, active: true }]);
    expect(page.links.next).toBeNull();
  });

  it('reads an empty result, which has no entity key at all', () => {
    expect(v.parse(ThingPage, { '@attributes': { count: '0' } })).toEqual({
      records: [],
      links: { next: null, previous: null },
      count: 0,
    });
    expect(v.parse(ThingPage, {}).records).toEqual([]);
  });

  it('reads the count a list gives when asked (count=1), and none when it gives none or a garbled one', () => {
    expect(v.parse(ThingPage, { '@attributes': { count: '1234' } }).count).toBe(1234);
    expect(v.parse(ThingPage, { '@attributes': { next: '' } }).count).toBeNull();
    expect(v.parse(ThingPage, { '@attributes': { count: 'many' } }).count).toBeNull();
  });

  it('accepts the previous page as `previous` or as `prev`', () => {
    expect(v.parse(ThingPage, { '@attributes': { previous: 'https://x/p1' } }).links.previous).toBe('https://x/p1');
    expect(v.parse(ThingPage, { '@attributes': { prev: 'https://x/p2' } }).links.previous).toBe('https://x/p2');
  });

  it('names the record and field at fault, as an index even when the record came alone', () => {
    const many = checkAnswer(ThingPage, {
      Thing: [
        { thingID: '1', active: 'true' },
        { thingID: 'two', active: 'true' },
      ],
    });
    expect(many).toEqual({ ok: false, problem: 'Thing[1].thingID: expected a number as a string' });
    const one = checkAnswer(ThingPage, { Thing: { thingID: '1', active: 'maybe' } });
    expect(one).toEqual({ ok: false, problem: 'Thing[0].active: expected "true" or "false"' });
  });

  it('reads a one-record answer and refuses an empty one', () => {
    const Single = wireSingle('Thing', Thing);
    expect(v.parse(Single, { Thing: { thingID: '3', active: 'false' } })).toEqual({ thingID: 3, active: false });
    expect(checkAnswer(Single, {})).toEqual({ ok: false, problem: '(the whole answer): expected one Thing' });
  });
});
