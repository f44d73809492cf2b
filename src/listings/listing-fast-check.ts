import type { Listing } from './listing-schema.js';

/** String methods called through `String.prototype`, as hot code must: see ascii-scan.ts. */
const charCodeAt = String.prototype.charCodeAt;

/** How the fast check tests a field's value; each mirrors the field's zod schema in `listing-schema.ts`. */
type FieldKind = 'text' | 'string' | 'strings' | 'countries' | 'amount';

/** The `Listing` schema's fields in its order (a test keeps the two in step). */
export const LISTING_FIELDS: readonly (readonly [name: string, kind: FieldKind])[] = [
  ['id', 'text'],
  ['title', 'text'],
  ['description', 'string'],
  ['brand', 'string'],
  ['model', 'string'],
  ['gtins', 'strings'],
  ['category', 'string'],
  ['seller', 'string'],
  ['marketplace', 'string'],
  ['price', 'amount'],
  ['currency', 'string'],
  ['shipsTo', 'countries'],
  ['url', 'string'],
  ['images', 'strings'],
];

const FIELD_NAMES: ReadonlySet<string> = new Set(LISTING_FIELDS.map(([name]) => name));

function isStringList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (typeof item !== 'string') return false;
  return true;
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/** Two code points as zod counts them; strings with surrogates are left to zod. */
function isCountryList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const item of value) {
    if (typeof item !== 'string' || item.length !== 2 || isSurrogate(charCodeAt.call(item, 0)) || isSurrogate(charCodeAt.call(item, 1))) return false;
  }
  return true;
}

function isValid(kind: FieldKind, value: unknown): boolean {
  switch (kind) {
    case 'text':
      return typeof value === 'string' && value.length > 0;
    case 'string':
      return typeof value === 'string';
    case 'strings':
      return isStringList(value);
    case 'countries':
      return isCountryList(value);
    case 'amount':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0;
  }
}

/**
 * Whether a record already is what `Listing.parse` would return for it: a plain object whose schema fields are
 * valid and come first, in schema order, before any unknown field. Most records are, so they skip zod; for any
 * other record (invalid, or valid but ordered differently) this says false and zod decides. One pass over the
 * record's keys, walking the schema's fields alongside.
 * @example isParsedListing({ id: 'a', title: 'Anker A1263', extra: 1 }) // true
 * @example isParsedListing({ title: 'Anker A1263', id: 'a' }) // false: zod would put id first
 */
export function isParsedListing(record: unknown): record is Listing {
  if (typeof record !== 'object' || record === null || Object.getPrototypeOf(record) !== Object.prototype) return false;
  const fields = record as Record<string, unknown>;
  let next = 0;
  let unknownSeen = false;
  for (const key in fields) {
    if (!unknownSeen) {
      while (next < LISTING_FIELDS.length && (LISTING_FIELDS[next] as readonly [string, FieldKind])[0] !== key) next++;
      if (next < LISTING_FIELDS.length) {
        if (!isValid((LISTING_FIELDS[next] as readonly [string, FieldKind])[1], fields[key])) return false;
        next++;
        continue;
      }
      unknownSeen = true;
    }
    // zod drops an own "__proto__" key and puts a known field that comes late back in order
    if (FIELD_NAMES.has(key) || key === '__proto__') return false;
  }
  return typeof fields.id === 'string' && typeof fields.title === 'string';
}
