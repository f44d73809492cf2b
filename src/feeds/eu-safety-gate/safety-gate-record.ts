import { createHash } from 'node:crypto';
import { z } from 'zod';
import { looseText } from '../shared/loose-fields.js';
import { isObject } from '../shared/record-conversion.js';

/**
 * One flat record of the Safety Gate collection (`safety-gate-463.json`): a Safety Gate alert (with
 * `alert_number`) or a Slovak market-surveillance warning (SOI; no alert number, `images`, sometimes
 * `published_on`). Every field may be null; only `product_name` is required.
 * @example SafetyGateRecord.safeParse({ alert_number: 'A12/0912/19', product_name: 'Passenger car' })
 */
export const SafetyGateRecord = z
  .object({
    alert_number: looseText,
    type_of_alert: looseText,
    alert_submitted_by: looseText,
    country_of_origin: looseText,
    counterfeit: looseText,
    risk_type: looseText,
    risk_description: looseText,
    risk_legal_provision: looseText,
    product_name: z.string({ error: 'required: the product name' }).trim().min(1, 'required: the product name'),
    product_description: looseText,
    brand: looseText,
    product_category: looseText,
    model_type_number: looseText,
    compulsory_measures: looseText,
    voluntary_measures: looseText,
    found_and_measures_taken_in: looseText,
    company_recall_page: looseText,
    case_url: looseText,
    barcode: looseText,
    batch_number: looseText,
    company_recall_code: looseText,
    production_dates: looseText,
    packaging_description: looseText,
    published_on: looseText,
    images: looseText,
  })
  .loose();
export type SafetyGateRecord = z.infer<typeof SafetyGateRecord>;

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The id key of a record: its alert number, or for a warning without one `sk-soi-` and the first 12 hex
 * digits of the SHA-256 of the record's canonical JSON (keys sorted). The same content always gives the
 * same id — identical duplicates collapse into one recall — and an edited warning gets a new id.
 * @example safetyGateKey({ alert_number: ' A12/0912/19 ' }) // 'A12/0912/19'
 */
export function safetyGateKey(raw: Record<string, unknown>): string {
  const alert = raw['alert_number'];
  if (typeof alert === 'string' && alert.trim().length > 0) return alert.trim().replace(/\s+/g, '');
  return `sk-soi-${createHash('sha256').update(canonicalJson(raw)).digest('hex').slice(0, 12)}`;
}
