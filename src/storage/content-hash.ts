import { createHash } from 'node:crypto';
import { stringify } from 'safe-stable-stringify';

/**
 * A SHA-256 of a document's canonical JSON (keys sorted), so the same content always hashes the same
 * whatever order its fields came in.
 * @example contentHash({ b: 1, a: 2 }) === contentHash({ a: 2, b: 1 })
 */
export function contentHash(document: unknown): string {
  return createHash('sha256').update(stringify(document) ?? 'undefined').digest('hex');
}
