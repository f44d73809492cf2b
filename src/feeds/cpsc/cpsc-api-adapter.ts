import { RecallguardError } from '../../errors/index.js';
import type { RecallInput } from '../../recalls/index.js';
import type { FeedAdapter, FeedRecord } from '../feed-adapter.js';
import { parseDatePeriod } from '../shared/date-period.js';
import { identifiedProduct } from '../shared/identified-product.js';
import { convertRecord, isObject, recordsOfArray, someElementHas } from '../shared/record-conversion.js';
import { barcodeDigits, namesOf, safeUrl, uniqueStrings } from '../shared/text-values.js';
import { extractBrands } from './brand-extractor.js';
import { CpscApiRecord } from './cpsc-api-record.js';
import { parseCpscTitle } from './cpsc-title.js';

const API_KEYS = ['RecallNumber', 'RecallID'] as const;

function isApiRecord(value: unknown): value is Record<string, unknown> {
  return isObject(value) && API_KEYS.some((key) => key in value);
}

function idOf(raw: Record<string, unknown>): unknown {
  const number = raw['RecallNumber'];
  if (typeof number === 'string' ? number.trim().length > 0 : typeof number === 'number') return number;
  const id = raw['RecallID'];
  return typeof id === 'string' || typeof id === 'number' ? `RecallID ${id}` : undefined;
}

function toRecallInput(record: CpscApiRecord, raw: unknown): RecallInput {
  const titleParts = parseCpscTitle(record.Title ?? '');
  const productNames = namesOf(record.Products, (p) => p.Name);
  const title = record.Title ?? productNames[0] ?? `CPSC recall ${record.RecallNumber}`;
  const manufacturers = namesOf(record.Manufacturers, (c) => c.Name);
  const importers = namesOf(record.Importers, (c) => c.Name);
  const retailers = namesOf(record.Retailers, (c) => c.Name);
  const brands = extractBrands({ title, text: record.Description, companies: [...manufacturers, ...importers] });
  const gtins = barcodeDigits(record.ProductUPCs.map((u) => u.UPC));
  const sold = retailers.map(parseDatePeriod).find((range) => range !== undefined);
  const texts = [record.Description, record.Title];
  const entries = record.Products.length > 0 ? record.Products : [{ Name: undefined, NumberOfUnits: undefined }];
  const products = entries.map((product) =>
    identifiedProduct({
      name: product.Name ?? titleParts.product ?? title,
      texts: [...texts, product.Name, 'Description' in product ? product.Description : undefined],
      brands,
      modelNumbers: 'Model' in product ? (product.Model?.split(/\s*[,;]\s*/) ?? []) : [],
      gtins,
      productType: 'Type' in product ? product.Type : undefined,
      description: 'Description' in product ? product.Description : undefined,
      units: product.NumberOfUnits,
      sold,
    }),
  );
  return {
    id: `cpsc:${record.RecallNumber}`,
    source: 'cpsc',
    jurisdictions: ['US'],
    title,
    url: safeUrl(record.URL),
    publishedAt: record.RecallDate,
    updatedAt: record.LastPublishDate,
    hazards: namesOf(record.Hazards, (h) => h.Name),
    remedies: uniqueStrings([...namesOf(record.Remedies, (r) => r.Name), ...namesOf(record.RemedyOptions, (o) => o.Option)]),
    manufacturers,
    importers,
    distributors: namesOf(record.Distributors, (c) => c.Name),
    retailers,
    countriesOfManufacture: namesOf(record.ManufacturerCountries, (c) => c.Country),
    images: namesOf(record.Images, (i) => i.URL),
    products,
    raw,
  };
}

/**
 * The CPSC Recalls REST API (format `cpsc-api`, source `cpsc`). A document is what the API answers — a JSON
 * array of records — or one record, or the `{ "record": {...} }` wrapper of the programmers guide example.
 * Ids are `cpsc:<RecallNumber>`; model numbers, SKUs, UPCs and brands are read from `Description`, `Title`
 * and product names because `Products[].Model` is usually empty; the sold period comes from the retailer
 * sentence ("from May 2015 through November 2016") where it parses.
 * @example
 * for (const record of cpscApiAdapter.records(body)) {
 *   const result = cpscApiAdapter.toRecall(record);
 *   if (result.ok) save(result.recall); else report(result.problems);
 * }
 */
export const cpscApiAdapter: FeedAdapter = {
  format: 'cpsc-api',
  source: 'cpsc',
  description: 'CPSC Recalls REST API records (JSON array, single record, or {"record": ...})',

  detect(document: unknown): boolean {
    if (Array.isArray(document)) return document.length === 0 || someElementHas(document, API_KEYS);
    return isApiRecord(document) || (isObject(document) && isApiRecord(document['record']));
  },

  records(document: unknown): Iterable<FeedRecord> {
    if (Array.isArray(document)) return recordsOfArray(document, idOf);
    if (isObject(document) && isApiRecord(document['record'])) return recordsOfArray([document['record']], idOf);
    if (isApiRecord(document)) return recordsOfArray([document], idOf);
    throw new RecallguardError('RG_ERR_BAD_INPUT', 'not a CPSC API document: expected an array of records or a record');
  },

  toRecall(record: FeedRecord) {
    return convertRecord('cpsc', record, CpscApiRecord, (parsed, { raw }) => toRecallInput(parsed, raw));
  },
};
