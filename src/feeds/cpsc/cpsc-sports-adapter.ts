import { z } from 'zod';
import { RecallguardError } from '../../errors/index.js';
import type { FeedAdapter, FeedRecord } from '../feed-adapter.js';
import { feedDate } from '../shared/feed-dates.js';
import { identifiedProduct } from '../shared/identified-product.js';
import { looseList, looseText, recordNumber } from '../shared/loose-fields.js';
import { convertRecord, isObject, recordsOfArray, someElementHas } from '../shared/record-conversion.js';
import { barcodeDigits, safeUrl } from '../shared/text-values.js';
import { extractBrands } from './brand-extractor.js';
import { parseCpscTitle } from './cpsc-title.js';

/** One entry of `recalls[]` in the CPSC sports-and-recreation extract (`cpsc-sports-885.json`). */
export const CpscSportsRecord = z
  .object({
    id: looseText,
    number: recordNumber,
    date: feedDate,
    title: looseText,
    name: looseText,
    hazard: looseText,
    remedy: looseText,
    units: looseText,
    description: looseText,
    url: looseText,
    image: looseText,
    injuries: looseText,
    upcs: looseList(z.union([z.string(), z.number()])),
  })
  .loose();
export type CpscSportsRecord = z.infer<typeof CpscSportsRecord>;

function recallsOf(document: unknown): unknown[] | undefined {
  return isObject(document) && Array.isArray(document['recalls']) ? document['recalls'] : undefined;
}

/**
 * The CPSC sports-and-recreation extract (format `cpsc-sports`, source `cpsc`): `{built, source, count,
 * recalls: [{number, date, title, name, hazard, remedy, units, description, url, image, injuries, upcs}]}`.
 * Ids are `cpsc:<number>`; identifiers and brands are read from the description, title and name.
 * @example cpscSportsAdapter.detect(JSON.parse(readFileSync('cpsc-sports-885.json', 'utf8'))) // true
 */
export const cpscSportsAdapter: FeedAdapter = {
  format: 'cpsc-sports',
  source: 'cpsc',
  description: 'CPSC sports and recreation extract: {built, count, recalls: [{number, date, title, description, ...}]}',

  detect(document: unknown): boolean {
    const recalls = recallsOf(document);
    if (recalls === undefined) return false;
    return recalls.length === 0 ? isObject(document) && 'built' in document : someElementHas(recalls, ['number']);
  },

  records(document: unknown): Iterable<FeedRecord> {
    const recalls = recallsOf(document);
    if (recalls === undefined) throw new RecallguardError('RG_ERR_BAD_INPUT', 'not a CPSC sports extract: "recalls" is not a list');
    return recordsOfArray(recalls, (raw) => raw['number']);
  },

  toRecall(record: FeedRecord) {
    return convertRecord('cpsc', record, CpscSportsRecord, (r, { raw }) => {
      const title = r.title ?? r.name ?? `CPSC recall ${r.number}`;
      const product = identifiedProduct({
        name: r.name ?? parseCpscTitle(title).product ?? title,
        texts: [r.description, r.title, r.name],
        brands: extractBrands({ title, text: r.description }),
        gtins: barcodeDigits(r.upcs),
        description: r.description,
        units: r.units,
      });
      return {
        id: `cpsc:${r.number}`,
        source: 'cpsc',
        jurisdictions: ['US'],
        title,
        url: safeUrl(r.url),
        publishedAt: r.date,
        hazards: r.hazard === undefined ? [] : [r.hazard],
        remedies: r.remedy === undefined ? [] : [r.remedy],
        images: r.image === undefined ? [] : [r.image],
        products: [product],
        raw,
      };
    });
  },
};
