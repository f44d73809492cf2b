import { z } from 'zod';
import { RecallguardError } from '../../errors/index.js';

/** Path of the recall search service under the CPSC host (programmers guide v1.4). */
export const CPSC_RECALL_PATH = 'RestWebServices/Recall';

const date = z.iso.date();
const text = z.string().min(1);

/**
 * Search parameters of the CPSC Recalls API, spelled exactly as the programmers guide names them.
 * Text fields are case-insensitive wildcard matches on the server; dates are `YYYY-MM-DD`.
 * Strict: the API silently ignores a misspelled parameter and returns every recall, so unknown keys are refused.
 * @example CpscQuery.parse({ LastPublishDateStart: '2026-08-05' });
 */
export const CpscQuery = z.strictObject({
  RecallID: text.optional(),
  RecallNumber: text.optional(),
  RecallDateStart: date.optional(),
  RecallDateEnd: date.optional(),
  LastPublishDateStart: date.optional(),
  LastPublishDateEnd: date.optional(),
  RecallURL: text.optional(),
  RecallTitle: text.optional(),
  ConsumerContact: text.optional(),
  RecallDescription: text.optional(),
  ProductName: text.optional(),
  InconjunctionURL: text.optional(),
  ImageURL: text.optional(),
  Injury: text.optional(),
  Manufacturer: text.optional(),
  Retailer: text.optional(),
  Importer: text.optional(),
  Distributor: text.optional(),
  ManufacturerCountry: text.optional(),
  UPC: text.optional(),
  Hazard: text.optional(),
  Remedy: text.optional(),
  RemedyOption: text.optional(),
});
export type CpscQuery = z.infer<typeof CpscQuery>;

const PARAMETER_ORDER = Object.keys(CpscQuery.shape) as readonly (keyof CpscQuery)[];

/**
 * The full request URL for a query: `format=json` first, then the parameters in the guide's order.
 * @example
 * buildRecallUrl('https://www.saferproducts.gov', { RecallNumber: '17057' }).href;
 * // 'https://www.saferproducts.gov/RestWebServices/Recall?format=json&RecallNumber=17057'
 */
export function buildRecallUrl(baseUrl: string, query: CpscQuery): URL {
  const parsed = CpscQuery.safeParse(query);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(query)'}: ${issue.message}`);
    throw new RecallguardError('RG_ERR_BAD_INPUT', `Invalid CPSC query: ${issues.join('; ')}`, {
      details: { issues },
    });
  }
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const url = new URL(CPSC_RECALL_PATH, base);
  url.searchParams.set('format', 'json');
  for (const name of PARAMETER_ORDER) {
    const value = parsed.data[name];
    if (value !== undefined) url.searchParams.set(name, value);
  }
  return url;
}
