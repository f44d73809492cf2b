import { z } from 'zod';
import { RecallguardError } from '../../errors/index.js';
import type { FeedAdapter, FeedRecord } from '../feed-adapter.js';
import { feedDate } from '../shared/feed-dates.js';
import { identifiedProduct } from '../shared/identified-product.js';
import { convertRecord, isObject, recordsOfArray } from '../shared/record-conversion.js';
import { barcodeDigits, cleanText, safeUrl } from '../shared/text-values.js';
import { extractBrands } from './brand-extractor.js';
import { parseCpscTitle, titleFromSlug } from './cpsc-title.js';

const DEFAULT_PREFIX = 'https://www.cpsc.gov/Recalls/';

// Texts are cleaned when the recall is built: a per-field transform doubles the parse time of 10,000 rows.
const text = z.union([z.string(), z.number()]).nullish();

/** One row of the compact CPSC list: names, hazard, date, URL slug, and optionally UPCs, remedy, title. */
export const CpscCompactRow = z.object({
  n: text,
  h: text,
  y: feedDate,
  u: z.string({ error: 'required: the recall URL slug' }).trim().min(1, 'required: the recall URL slug'),
  c: text,
  o: text,
  t: text,
  prefix: text,
});
export type CpscCompactRow = z.infer<typeof CpscCompactRow>;

/**
 * The slug of a CPSC recall URL, also when a row holds a whole (sometimes mistyped) URL instead:
 * `https:/www.cpsc.gov/Recalls/2026/X` → `2026/X`. Whitespace becomes `-` so the id stays one token.
 * @example compactSlug('2026/CCM-Hockey-US-Recalls-Visors') // '2026/CCM-Hockey-US-Recalls-Visors'
 */
export function compactSlug(u: string): string {
  const path = /cpsc\.gov\/+(?:en\/)?(?:Recalls\/)?(.+)$/i.exec(u)?.[1] ?? u;
  return path.replace(/^\/+|\/+$/g, '').replace(/\s+/g, '-');
}

function urlOf(prefix: string, u: string, slug: string): string | undefined {
  return /cpsc\.gov\//i.test(u) ? safeUrl(u) : safeUrl(prefix + slug);
}

function rowsOf(document: unknown): unknown[] | undefined {
  return isObject(document) && Array.isArray(document['rows']) ? document['rows'] : undefined;
}

/**
 * The compact list of every CPSC recall (format `cpsc-compact`, source `cpsc`): `{prefix, rows: [{n, h, y,
 * u, c?, o?, t?}]}`, as in `cpsc-all-9969-compact.json` and its `-titles` variant. There is no recall
 * number, so the id is the URL slug, `cpsc:2026/CCM-Hockey-US-Recalls-…`; the title is `t` or derived
 * from the slug; the URL is `prefix + u`. `n` is cut to 110 characters at the source. Each record's `raw`
 * is its row with the document's `prefix` added, so it can be converted again on its own.
 * @example cpscCompactAdapter.detect({ prefix: 'https://www.cpsc.gov/Recalls/', rows: [] }) // true
 */
export const cpscCompactAdapter: FeedAdapter = {
  format: 'cpsc-compact',
  source: 'cpsc',
  description: 'Compact CPSC recall list: {prefix, rows: [{n, h, y, u, c?, o?, t?}]}',

  detect(document: unknown): boolean {
    return rowsOf(document) !== undefined && isObject(document) && typeof document['prefix'] === 'string';
  },

  records(document: unknown): Iterable<FeedRecord> {
    const rows = rowsOf(document);
    if (rows === undefined) throw new RecallguardError('RG_ERR_BAD_INPUT', 'not a compact CPSC list: "rows" is not a list');
    const prefix = isObject(document) && typeof document['prefix'] === 'string' ? document['prefix'] : DEFAULT_PREFIX;
    const withPrefix = rows.map((row) => (isObject(row) ? { ...row, prefix } : row));
    return recordsOfArray(withPrefix, (raw) => (typeof raw['u'] === 'string' ? compactSlug(raw['u']) : undefined));
  },

  toRecall(record: FeedRecord) {
    return convertRecord('cpsc', record, CpscCompactRow, (parsed, { raw }) => {
      const [n, h, c, o, t] = [parsed.n, parsed.h, parsed.c, parsed.o, parsed.t].map(cleanText);
      const slug = compactSlug(parsed.u);
      const title = t ?? titleFromSlug(slug) ?? slug;
      const product = identifiedProduct({
        name: n ?? parseCpscTitle(title).product ?? title,
        // A title rebuilt from the slug has lost its hyphens (T101-05 → T101 05): only `t` is worth reading.
        texts: [n, t],
        brands: extractBrands({ title }),
        gtins: c === undefined ? [] : barcodeDigits([c]),
      });
      return {
        id: `cpsc:${slug}`,
        source: 'cpsc',
        jurisdictions: ['US'],
        title,
        url: urlOf(cleanText(parsed.prefix) ?? DEFAULT_PREFIX, parsed.u, slug),
        publishedAt: parsed.y,
        hazards: h === undefined ? [] : [h],
        remedies: o === undefined ? [] : [o],
        products: [product],
        raw,
      };
    });
  },
};
