import type { Recall } from './recall-schema.js';

/** A language segment right after the host ("/en/"), which sites add or drop for the same page. */
const LANGUAGE_SEGMENT_RE = /^([^/]+)\/[a-z]{2}(?:-[a-z]{2})?\//;

/** A notice address in comparable form: no scheme, `www.`, language segment, fragment or trailing slash; lower case. */
function noticeKey(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const key = url.toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/#.*$/, '').replace(/\/+$/, '').replace(LANGUAGE_SEGMENT_RE, '$1/');
  // A bare site or section ("cpsc.gov/recalls") names no single notice.
  return key.split('/').length >= 3 ? key : undefined;
}

/** How much a record tells a matcher: identifiers weigh most, then a source's own recall number. */
function richness(recall: Recall): number {
  let score = /^[a-z-]+:\d+$/.test(recall.id) ? 1 : 0;
  for (const product of recall.products) score += 10 * (product.modelNumbers.length + product.gtins.length) + product.brands.length;
  return score;
}

/**
 * Keeps one record per recall notice when several files describe the same recall (the compact CPSC list and
 * the sports export both carry most recalls): the record with the most identifiers wins, the first on a tie.
 * Twins would halve the weight of every product-line word and let an identifier-less twin stand in for the
 * detailed record.
 * @example dedupeByNotice([compactRow, sportsRecord]).recalls // [sportsRecord]
 */
export function dedupeByNotice(recalls: readonly Recall[]): { recalls: Recall[]; merged: number } {
  const kept = new Map<string, Recall>();
  const result: Recall[] = [];
  const slot = new Map<string, number>();
  let merged = 0;
  for (const recall of recalls) {
    const key = noticeKey(recall.url);
    const previous = key === undefined ? undefined : kept.get(key);
    if (key === undefined || previous === undefined) {
      if (key !== undefined) {
        kept.set(key, recall);
        slot.set(key, result.length);
      }
      result.push(recall);
      continue;
    }
    merged += 1;
    if (richness(recall) > richness(previous)) {
      kept.set(key, recall);
      result[slot.get(key) as number] = recall;
    }
  }
  return { recalls: result, merged };
}
