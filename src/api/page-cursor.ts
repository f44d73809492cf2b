import { RecallguardError } from '../errors/index.js';

/**
 * Opaque page cursors: the position after which the next page starts, tagged with what it pages through so
 * a recalls cursor is not taken for a matches one. Clients pass `next` back as `cursor` and never read it.
 * @example decodeCursor('matches', encodeCursor('matches', '42')) // '42'
 */
export function encodeCursor(kind: string, after: string): string {
  return Buffer.from(JSON.stringify([kind, after]), 'utf8').toString('base64url');
}

/** The position in a cursor, or `RG_ERR_INVALID_REQUEST` for one this API did not issue for `kind`. */
export function decodeCursor(kind: string, cursor: string): string {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  if (Array.isArray(decoded) && decoded.length === 2 && decoded[0] === kind && typeof decoded[1] === 'string') return decoded[1];
  throw new RecallguardError('RG_ERR_INVALID_REQUEST', `cursor is not a ${kind} cursor from this API; pass back the "next" of a previous page`, {
    details: { errors: [{ in: 'querystring', field: 'cursor', message: 'not a cursor this API issued' }] },
  });
}

/**
 * One page from a query asked for `limit + 1` rows: the first `limit`, and a cursor after the last of them
 * when there was more.
 * @example const { items, next } = pageOf('recalls', rows, 50, (row) => row.id);
 */
export function pageOf<T>(kind: string, rows: readonly T[], limit: number, positionOf: (row: T) => string): { items: T[]; next: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next: rows.length > limit && last !== undefined ? encodeCursor(kind, positionOf(last)) : null };
}
