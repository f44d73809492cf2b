import { RecallguardError } from '../../errors/index.js';
import type { RecallInput } from '../../recalls/index.js';
import { extractBrands } from '../cpsc/brand-extractor.js';
import type { ConversionResult, FeedAdapter, FeedRecord } from '../feed-adapter.js';
import { parseDatePeriod } from '../shared/date-period.js';
import { isoDay, toIsoDate } from '../shared/feed-dates.js';
import { identifiedProduct } from '../shared/identified-product.js';
import { convertRecord, isObject, problem, recordsOfArray } from '../shared/record-conversion.js';
import { barcodeDigits, cleanText, repairMojibake, safeUrl, uniqueStrings } from '../shared/text-values.js';
import { SafetyGateRecord, safetyGateKey } from './safety-gate-record.js';

const SOURCE = 'eu-safety-gate';

/**
 * The publication date, or the 1st of January of the year the record implies (alert numbers end in the
 * two-digit year, `A12/0912/19`; Slovak warnings keep their pictures under a year folder): the collection
 * carries no other date, and the recall schema requires one.
 */
function publicationDate(record: SafetyGateRecord): string | undefined {
  const exact = toIsoDate(record.published_on);
  if (exact !== undefined) return exact;
  const alertYear = /\/(\d{2})$/.exec(record.alert_number ?? '')?.[1];
  if (alertYear !== undefined) return isoDay(2000 + Number(alertYear), 1, 1);
  const folderYear = /(?:\/|%20)(20\d{2})(?:\/|%20)/.exec(record.images ?? '')?.[1];
  return folderYear === undefined ? undefined : isoDay(Number(folderYear), 1, 1);
}

function titleOf(record: SafetyGateRecord): string {
  const description = record.product_description;
  const parts = [record.brand, record.product_name, description !== undefined && description.length <= 80 ? description : undefined];
  return uniqueStrings(parts).join(' — ');
}

/** The record with every text field repaired where it was mis-decoded at the source (51 Slovak names are). */
function repaired(record: SafetyGateRecord): SafetyGateRecord {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) out[key] = typeof value === 'string' ? repairMojibake(value) : value;
  return out as SafetyGateRecord;
}

function toRecallInput(record: SafetyGateRecord, raw: unknown, key: string, publishedAt: string): RecallInput {
  const brand = cleanText(record.brand?.replace(/[®™]/g, ''));
  const product = identifiedProduct({
    name: record.product_name,
    texts: [record.product_name, record.product_description],
    brands: [...(brand === undefined ? [] : [brand]), ...extractBrands({ text: record.product_description })],
    modelNumbers: record.model_type_number?.split(/\s*[,;\n]\s*/) ?? [],
    gtins: barcodeDigits([record.barcode]),
    productType: record.product_category,
    description: record.product_description,
    manufactured: parseDatePeriod(record.production_dates ?? ''),
  });
  const country = record.country_of_origin;
  return {
    id: `${SOURCE}:${key}`,
    source: SOURCE,
    jurisdictions: record.alert_number === undefined ? ['SK'] : ['EU'],
    title: titleOf(record),
    url: safeUrl(record.case_url) ?? safeUrl(record.company_recall_page),
    publishedAt,
    hazards: uniqueStrings([record.risk_type, record.risk_description]),
    remedies: uniqueStrings([record.compulsory_measures, record.voluntary_measures]),
    countriesOfManufacture: country === undefined || /^unknown$/i.test(country) ? [] : [country],
    images: uniqueStrings((record.images ?? '').split(/,(?=https?:\/\/)/)),
    products: [product],
    raw,
  };
}

/**
 * EU Safety Gate alerts as flat records (format `eu-safety-gate`, source `eu-safety-gate`), as in
 * `safety-gate-463.json`: 353 alerts and 110 Slovak market-surveillance (SOI) warnings.
 * Alerts get `eu-safety-gate:<alert_number>` and jurisdiction `EU`. Slovak warnings have no alert number:
 * they keep the source `eu-safety-gate` (the feed they arrive in, so every id carries the adapter's
 * prefix) with the id `eu-safety-gate:sk-soi-<content hash>` and jurisdiction `SK` (national warnings).
 * `publishedAt` is `published_on` when given, otherwise only a year is known and the date is the 1st of
 * January of it (a lower bound); a record with no year at all is rejected. Model numbers come from
 * `model_type_number` (split on `,`/`;`) and from the name and description; `barcode` gives the GTINs.
 * Text mis-decoded at the source (UTF-8 read as Latin-1) is repaired; `raw` keeps it as received.
 * @example safetyGateAdapter.detect([{ alert_number: 'A12/0912/19', product_name: 'Passenger car' }]) // true
 */
export const safetyGateAdapter: FeedAdapter = {
  format: 'eu-safety-gate',
  source: SOURCE,
  description: 'EU Safety Gate alerts as flat records: [{alert_number, product_name, brand, barcode, ...}]',

  detect(document: unknown): boolean {
    if (!Array.isArray(document)) return false;
    return document
      .slice(0, 10)
      .some((item) => isObject(item) && 'product_name' in item && ('alert_number' in item || 'risk_type' in item));
  },

  records(document: unknown): Iterable<FeedRecord> {
    if (!Array.isArray(document)) throw new RecallguardError('RG_ERR_BAD_INPUT', 'not a Safety Gate document: expected an array');
    return recordsOfArray(document, safetyGateKey);
  },

  toRecall(record: FeedRecord): ConversionResult {
    return convertRecord(SOURCE, record, SafetyGateRecord, (parsed, { raw }) => {
      const publishedAt = publicationDate(parsed);
      if (publishedAt === undefined) {
        return problem(SOURCE, record.recordId, 'published_on', 'no publication date, and no year in the alert number or image paths');
      }
      return toRecallInput(repaired(parsed), raw, isObject(raw) ? safetyGateKey(raw) : record.recordId, publishedAt);
    });
  },
};
