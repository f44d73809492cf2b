import { sql, type RawBuilder } from 'kysely';
import type { ListingKey } from './listing-repository.js';

/**
 * `(marketplace, id) in (…)` over a set of listing keys passed as two array parameters. A long row-value
 * list would need a bind per value, and on PGlite such a list breaks the transaction around it.
 * @example query.where(listingKeyIn(['marketplace', 'listingId'], keys))
 */
export function listingKeyIn(columns: readonly [string, string], keys: readonly ListingKey[]): RawBuilder<boolean> {
  const [marketplace, id] = columns.map((column) => sql.ref(column));
  return sql<boolean>`(${marketplace}, ${id}) in (select * from unnest(${keys.map((key) => key.marketplace)}::text[], ${keys.map((key) => key.id)}::text[]))`;
}

/** `(marketplace, listing, recall, product) not in (…)` over match keys, as array parameters. */
export function matchKeyNotIn(matches: readonly (ListingKey & { readonly recallId: string; readonly productIndex: number })[]): RawBuilder<boolean> {
  const columns = ['marketplace', 'listingId', 'recallId', 'productIndex'].map((column) => sql.ref(column));
  return sql<boolean>`(${sql.join(columns)}) not in (select * from unnest(${matches.map((m) => m.marketplace)}::text[], ${matches.map((m) => m.id)}::text[], ${matches.map((m) => m.recallId)}::text[], ${matches.map((m) => m.productIndex)}::int[]))`;
}

/** A list of text values as one array parameter, for `= any(…)`. */
export function textArray(values: readonly string[]): RawBuilder<string[]> {
  return sql<string[]>`${values}::text[]`;
}
