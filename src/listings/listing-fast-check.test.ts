import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isParsedListing, LISTING_FIELDS } from './listing-fast-check.js';
import { toListingItem } from './listing-record.js';
import { Listing } from './listing-schema.js';

const VALID = {
  id: 'l1', title: 'Anker PowerCore A1263', description: 'd', brand: 'Anker', model: 'A1263', gtins: ['0123'], category: 'c',
  seller: 's', marketplace: 'm', price: 19.5, currency: 'USD', shipsTo: ['US', 'CA'], url: 'u', images: ['a.jpg'],
};

/** The fast check may only say yes to a record zod accepts and returns unchanged, key order included. */
function expectAgreesWithZod(raw: unknown): void {
  if (!isParsedListing(raw)) return;
  const parsed = Listing.safeParse(raw);
  expect(parsed.success).toBe(true);
  expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(raw));
  expect(Object.keys(parsed.data ?? {})).toEqual(Object.keys(raw));
}

describe('isParsedListing', () => {
  it('lists the schema fields in schema order', () => {
    expect(LISTING_FIELDS.map(([name]) => name)).toEqual(Object.keys(Listing.shape));
  });

  it.each([
    ['every field', VALID],
    ['only the required fields', { id: 'a', title: 't' }],
    ['unknown fields after the schema fields', { id: 'a', title: 't', price: 0, extra: { kept: true }, more: [1] }],
    ['empty lists', { id: 'a', title: 't', gtins: [], shipsTo: [] }],
  ])('takes a record already in parsed form: %s', (_, raw) => {
    expect(isParsedListing(raw)).toBe(true);
    expect(toListingItem(raw, 'f', 1)).toEqual({ ok: true, listing: raw, position: 1 });
    expectAgreesWithZod(raw);
  });

  it.each([
    ['missing id', { title: 't' }],
    ['empty title', { id: 'a', title: '' }],
    ['id not a string', { id: 5, title: 't' }],
    ['title null', { id: 'a', title: null }],
    ['description a number', { ...VALID, description: 1 }],
    ['gtins a string', { ...VALID, gtins: '0123' }],
    ['gtins holding a number', { ...VALID, gtins: ['a', 2] }],
    ['images holding null', { ...VALID, images: [null] }],
    ['negative price', { ...VALID, price: -1 }],
    ['price a string', { ...VALID, price: '12' }],
    ['infinite price', { ...VALID, price: Infinity }],
    ['NaN price', { ...VALID, price: Number.NaN }],
    ['country of three letters', { ...VALID, shipsTo: ['USA'] }],
    ['country of one letter', { ...VALID, shipsTo: ['U'] }],
    ['country of one emoji (two UTF-16 units, one code point)', { ...VALID, shipsTo: ['😀'] }],
    ['a field present but undefined', { id: 'a', title: 't', brand: undefined }],
    ['an array', ['a']],
    ['a string', 'nonsense'],
    ['null', null],
  ])('leaves a malformed record to zod, whose problem is reported: %s', (_, raw) => {
    expect(isParsedListing(raw)).toBe(false);
    const item = toListingItem(raw, 'f', 1);
    const parsed = Listing.safeParse(raw);
    expect(item.ok).toBe(parsed.success);
    if (!item.ok) expect(item.problem.message).toBe(parsed.error?.issues[0]?.message);
  });

  it.each([
    ['schema fields out of order', { title: 't', id: 'a' }],
    ['a schema field after an unknown one', { id: 'a', extra: 1, title: 't' }],
    ['an integer-like key (listed first by JavaScript)', { id: 'a', title: 't', 7: 'x' }],
    ['an own __proto__ key (dropped by zod)', JSON.parse('{"id":"a","title":"t","__proto__":{"x":1}}') as unknown],
    ['a country of an emoji and a letter (two code points)', { id: 'a', title: 't', shipsTo: ['😀a'] }],
    ['a class instance', Object.assign(new (class Row {})(), { id: 'a', title: 't' })],
  ])('leaves a record zod would return changed to zod: %s', (_, raw) => {
    expect(isParsedListing(raw)).toBe(false);
    expect(JSON.stringify(toListingItem(raw, 'f', 1))).toBe(JSON.stringify(toListingItemByZod(raw)));
  });

  const edgeValue = fc.constantFrom<unknown>(
    '', 'x', 'US', 'USA', '😀', '😀a', 'é1', 0, -0, 1.5, -1, Infinity, -Infinity, Number.NaN, true, null, undefined,
    [], ['US'], ['US', 'CA'], ['USA'], ['😀'], ['😀a'], [''], ['a', 2], [null], {}, { a: 1 },
  );
  const value = fc.oneof(
    { arbitrary: edgeValue, weight: 6 },
    fc.string({ maxLength: 3 }),
    fc.double(),
    fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
  );
  const key = fc.oneof(fc.constantFrom(...Object.keys(Listing.shape)), fc.constantFrom('extra', '1', '__proto__', 'constructor'));
  const record = fc.array(fc.tuple(key, value), { maxLength: 5 }).map((entries) => {
    const raw: Record<string, unknown> = { id: 'a', title: 't' };
    for (const [name, item] of entries) Object.defineProperty(raw, name, { value: item, enumerable: true, writable: true, configurable: true });
    return raw;
  });
  const shuffled = fc.tuple(record, fc.boolean()).map(([raw, reverse]) => (reverse ? Object.fromEntries(Object.entries(raw).reverse()) : raw));

  test.prop([shuffled], { numRuns: 10_000 })('agrees with zod on any record', (raw) => {
    expectAgreesWithZod(raw);
    expect(JSON.stringify(toListingItem(raw, 'f', 1))).toBe(JSON.stringify(toListingItemByZod(raw)));
  });
});

/** The reader's item as it was before the fast check (zod for every record). */
function toListingItemByZod(raw: unknown): unknown {
  const parsed = Listing.safeParse(raw);
  if (parsed.success) return { ok: true, listing: parsed.data, position: 1 };
  return toListingItem(raw, 'f', 1);
}
