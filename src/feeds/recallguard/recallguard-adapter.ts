import { RecallguardError } from '../../errors/index.js';
import { Recall } from '../../recalls/index.js';
import type { ConversionResult, FeedAdapter, FeedRecord } from '../feed-adapter.js';
import { isObject, problemsOf, recordsOfArray } from '../shared/record-conversion.js';

/** The tag of recallguard's own recall documents. */
export const RECALLGUARD_FORMAT = 'recallguard.recalls/v1';

function recallsOf(document: unknown): unknown[] | undefined {
  if (Array.isArray(document)) return document;
  if (isObject(document) && document['format'] === RECALLGUARD_FORMAT && Array.isArray(document['recalls'])) {
    return document['recalls'];
  }
  return undefined;
}

/**
 * recallguard's own format (format `recallguard`): `{"format": "recallguard.recalls/v1", "recalls": [...]}`
 * or a bare JSON array of objects that each have `id` and `products`. Each element is parsed with the
 * `Recall` schema as it is; problems name the schema's field paths. Ids keep whatever source prefix they
 * carry, so `source` here only labels problems of records without a usable id.
 * @example recallguardAdapter.detect({ format: 'recallguard.recalls/v1', recalls: [] }) // true
 */
export const recallguardAdapter: FeedAdapter = {
  format: 'recallguard',
  source: 'recallguard',
  description: `recallguard's own format: {"format": "${RECALLGUARD_FORMAT}", "recalls": [Recall, ...]} or [Recall, ...]`,

  detect(document: unknown): boolean {
    if (!Array.isArray(document)) return recallsOf(document) !== undefined;
    return document.slice(0, 10).some((item) => isObject(item) && 'id' in item && 'products' in item);
  },

  records(document: unknown): Iterable<FeedRecord> {
    const recalls = recallsOf(document);
    if (recalls === undefined) {
      throw new RecallguardError('RG_ERR_BAD_INPUT', `not a recallguard document: expected {"format": "${RECALLGUARD_FORMAT}", "recalls": [...]}`);
    }
    return recordsOfArray(recalls, (raw) => raw['id']);
  },

  toRecall(record: FeedRecord): ConversionResult {
    const parsed = Recall.safeParse(record.raw);
    if (parsed.success) return { ok: true, recall: parsed.data };
    const raw = record.raw;
    const source = isObject(raw) && typeof raw['source'] === 'string' && raw['source'].length > 0 ? raw['source'] : 'recallguard';
    return { ok: false, problems: problemsOf(source, record.recordId, parsed.error) };
  },
};
