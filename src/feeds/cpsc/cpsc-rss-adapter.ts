import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import { RecallguardError } from '../../errors/index.js';
import type { FeedAdapter, FeedRecord } from '../feed-adapter.js';
import { feedDate } from '../shared/feed-dates.js';
import { identifiedProduct } from '../shared/identified-product.js';
import { looseText } from '../shared/loose-fields.js';
import { convertRecord, isObject, recordsOfArray } from '../shared/record-conversion.js';
import { htmlToText, safeUrl } from '../shared/text-values.js';
import { extractBrands } from './brand-extractor.js';
import { parseCpscTitle, titleFromSlug } from './cpsc-title.js';
import { compactSlug } from './cpsc-compact-adapter.js';

/** One `<item>` of the CPSC recalls RSS feed; `description` holds the hazard as HTML. */
export const CpscRssItem = z
  .object({
    title: looseText,
    link: z.string({ error: 'required: the recall link' }).trim().min(1, 'required: the recall link'),
    description: looseText,
    pubDate: feedDate,
    guid: z.unknown().optional(),
  })
  .loose();
export type CpscRssItem = z.infer<typeof CpscRssItem>;

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (name) => name === 'item',
});

function parseXml(text: string): unknown {
  const verdict = XMLValidator.validate(text);
  if (verdict !== true) {
    const { line, col, msg } = verdict.err;
    throw new RecallguardError('RG_ERR_BAD_INPUT', `invalid XML at line ${line}, column ${col}: ${msg}`, {
      details: { line, column: col },
    });
  }
  return parser.parse(text);
}

function itemsOf(document: unknown): unknown[] | undefined {
  const tree = typeof document === 'string' ? parseXml(document.replace(/^\ufeff/, '')) : document;
  const rss = isObject(tree) ? tree['rss'] : undefined;
  const channel = isObject(rss) ? rss['channel'] : undefined;
  if (!isObject(channel)) return undefined;
  const items = channel['item'];
  if (items === undefined) return [];
  return Array.isArray(items) ? items : [items];
}

/** The recall number when the link or text states one; otherwise the URL slug after `/Recalls/`. */
function recallKey(link: string, text: string | undefined): string {
  const number =
    /[?&]RecallNumber=(\d{2}-?\d{3}[a-z]?)\b/i.exec(link)?.[1] ??
    /\bRecall\s*(?:Number|No\.?|#)\s*:?\s*(\d{2}-?\d{3}[a-z]?)\b/i.exec(text ?? '')?.[1];
  // The API writes recall numbers without the hyphen releases print (17-057 → 17057).
  return number?.replace('-', '') ?? compactSlug(link);
}

/**
 * CPSC's recalls RSS feed (format `cpsc-rss`, source `cpsc`). The document is the XML text or the tree
 * fast-xml-parser makes of it; items become recalls with title, link, hazard (the item description) and
 * `pubDate`. The id is `cpsc:<recall number>` when link or text states one, else `cpsc:<slug of the link>`
 * — the same id the compact list gives, so the two merge.
 * @example cpscRssAdapter.records(readFileSync('cpsc-rss-sample-2021-11.xml', 'utf8'))
 */
export const cpscRssAdapter: FeedAdapter = {
  format: 'cpsc-rss',
  source: 'cpsc',
  description: "CPSC recalls RSS feed (XML): <rss><channel><item> with title, link, description, pubDate",

  detect(document: unknown): boolean {
    if (typeof document === 'string') return /^\s*(?:\ufeff)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<rss[\s>]/.test(document);
    const rss = isObject(document) ? document['rss'] : undefined;
    return isObject(rss) && isObject(rss['channel']);
  },

  records(document: unknown): Iterable<FeedRecord> {
    const items = itemsOf(document);
    if (items === undefined) throw new RecallguardError('RG_ERR_BAD_INPUT', 'not an RSS feed: no <rss><channel>');
    return recordsOfArray(items, (raw) =>
      typeof raw['link'] === 'string' ? recallKey(raw['link'], htmlToText(raw['description'])) : undefined,
    );
  },

  toRecall(record: FeedRecord) {
    return convertRecord('cpsc', record, CpscRssItem, (item, { raw }) => {
      const hazard = htmlToText(item.description);
      const title = htmlToText(item.title) ?? titleFromSlug(item.link) ?? item.link;
      const product = identifiedProduct({
        name: parseCpscTitle(title).product ?? title,
        texts: [title],
        brands: extractBrands({ title }),
      });
      return {
        id: `cpsc:${recallKey(item.link, hazard)}`,
        source: 'cpsc',
        jurisdictions: ['US'],
        title,
        url: safeUrl(item.link),
        publishedAt: item.pubDate,
        hazards: hazard === undefined ? [] : [hazard],
        products: [product],
        raw,
      };
    });
  },
};
