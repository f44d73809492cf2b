import { fieldOfPath, type RecordProblem } from '../errors/index.js';
import { isParsedListing } from './listing-fast-check.js';
import { Listing } from './listing-schema.js';

/** One record read from a listings input: a valid listing, or the problems that kept it out. */
export type ListingReadItem =
  | { readonly ok: true; readonly listing: Listing; readonly position: number }
  | { readonly ok: false; readonly problem: RecordProblem; readonly position: number };

/**
 * Validates one raw record. `position` is the 1-based line (NDJSON, CSV) or array index + 1 (JSON). A record
 * already in the form the schema returns is passed through as it came, not copied; zod checks every other one.
 * @example toListingItem({ id: 'a', title: 'Anker A1263' }, 'listings.ndjson', 1).ok === true
 */
export function toListingItem(raw: unknown, source: string, position: number): ListingReadItem {
  if (isParsedListing(raw)) return { ok: true, listing: raw, position };
  const parsed = Listing.safeParse(raw);
  if (parsed.success) return { ok: true, listing: parsed.data, position };
  const issue = parsed.error.issues[0];
  const id = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string'
    ? (raw as { id: string }).id
    : undefined;
  return {
    ok: false,
    position,
    problem: {
      source,
      recordId: id ? `${id} (#${position})` : `#${position}`,
      field: issue ? fieldOfPath(issue.path) : '(record)',
      message: issue?.message ?? 'invalid listing',
    },
  };
}

/** A problem with a record that could not even be parsed (bad JSON on one NDJSON line). */
export function unparsableItem(source: string, position: number, message: string): ListingReadItem {
  return { ok: false, position, problem: { source, recordId: `#${position}`, field: '(record)', message } };
}
