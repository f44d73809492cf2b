import { z } from 'zod';
import { RecallguardError } from '../../errors/index.js';
import type { FeedAdapter, FeedRecord } from '../feed-adapter.js';
import { feedDate } from '../shared/feed-dates.js';
import { identifiedProduct } from '../shared/identified-product.js';
import { looseList, looseText, recordNumber } from '../shared/loose-fields.js';
import { convertRecord, recordsOfArray, someElementHas } from '../shared/record-conversion.js';
import { barcodeDigits, cleanText, safeUrl, uniqueStrings } from '../shared/text-values.js';
import { cleanCompanyName, extractBrands } from './brand-extractor.js';
import { parseCpscTitle, titleFromSlug } from './cpsc-title.js';

const textList = looseList(z.union([z.string(), z.number()]).transform((value) => String(value)));

/** One record of the retired government recalls API (`cpsc-usagov-3153.json`). */
export const CpscUsagovRecord = z
  .object({
    organization: looseText,
    recall_number: recordNumber,
    recall_date: feedDate,
    recall_url: looseText,
    manufacturers: textList,
    product_types: textList,
    descriptions: textList,
    upcs: textList,
    hazards: textList,
    countries: textList,
  })
  .loose();
export type CpscUsagovRecord = z.infer<typeof CpscUsagovRecord>;

function titleOf(record: CpscUsagovRecord): string {
  const slug = /\/Recalls\/\d{4}\/([^?#]+)/i.exec(record.recall_url ?? '')?.[1];
  const fromSlug = slug === undefined ? undefined : titleFromSlug(slug);
  return fromSlug ?? cleanText(record.descriptions[0]) ?? `CPSC recall ${record.recall_number}`;
}

/** A company's names: cleaned, and any alias in brackets ("Deere & Company (John Deere)"). */
function namesOfCompany(company: string): string[] {
  const aliases = [...company.matchAll(/\(([^)]+)\)/g)].map((m) => cleanCompanyName(m[1] ?? ''));
  return uniqueStrings([cleanCompanyName(company), ...aliases]);
}

/**
 * Manufacturers the description names, in the spelling it uses; the only manufacturer when there is just
 * one; plus brands the description itself states.
 */
function brandsFor(description: string, manufacturers: readonly string[]): string[] {
  const lower = description.toLowerCase();
  const named = manufacturers.flatMap((company) => namesOfCompany(company).filter((name) => lower.includes(name.toLowerCase())));
  const companies = named.length > 0 ? named : manufacturers.length === 1 ? manufacturers : [];
  return extractBrands({ text: description, companies });
}

/**
 * The retired government recalls API (format `cpsc-usagov`, source `cpsc`): an array of `{recall_number,
 * recall_date, recall_url, manufacturers[], product_types[], descriptions[], upcs[], hazards[],
 * countries[]}`. Ids are `cpsc:<recall_number>`; one product per description string, with identifiers
 * read from it; the title comes from the URL slug. Records without a `recall_date` are rejected: the
 * recall schema needs a publication date and none is invented.
 * @example cpscUsagovAdapter.detect([{ recall_number: '14702', recall_date: '2013-11-05' }]) // true
 */
export const cpscUsagovAdapter: FeedAdapter = {
  format: 'cpsc-usagov',
  source: 'cpsc',
  description: 'Retired government recalls API: [{recall_number, recall_date, manufacturers[], descriptions[], ...}]',

  detect(document: unknown): boolean {
    return someElementHas(document, ['recall_number']);
  },

  records(document: unknown): Iterable<FeedRecord> {
    if (!Array.isArray(document)) throw new RecallguardError('RG_ERR_BAD_INPUT', 'not a recalls API document: expected an array');
    return recordsOfArray(document, (raw) => raw['recall_number']);
  },

  toRecall(record: FeedRecord) {
    return convertRecord('cpsc', record, CpscUsagovRecord, (r, { raw }) => {
      const title = titleOf(r);
      const gtins = barcodeDigits(r.upcs);
      const productType = r.product_types.length > 0 ? r.product_types.join('; ') : undefined;
      const descriptions = uniqueStrings(r.descriptions);
      const names = descriptions.length > 0 ? descriptions : [parseCpscTitle(title).product ?? productType ?? title];
      const products = names.map((name) =>
        identifiedProduct({ name, texts: [name], brands: brandsFor(name, r.manufacturers), gtins, productType }),
      );
      return {
        id: `cpsc:${r.recall_number}`,
        source: 'cpsc',
        jurisdictions: ['US'],
        title,
        url: safeUrl(r.recall_url),
        publishedAt: r.recall_date,
        hazards: uniqueStrings(r.hazards),
        manufacturers: uniqueStrings(r.manufacturers),
        countriesOfManufacture: uniqueStrings(r.countries),
        products,
        raw,
      };
    });
  },
};
