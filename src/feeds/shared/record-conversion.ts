import type { z } from 'zod';
import { fieldOfPath, type RecordProblem } from '../../errors/index.js';
import { Recall, type RecallInput } from '../../recalls/index.js';
import type { ConversionResult, FeedRecord } from '../feed-adapter.js';

/**
 * One {@link RecordProblem} per zod issue, naming the field by its path in the source record.
 * @example problemsOf('cpsc', '17057', result.error)
 */
export function problemsOf(source: string, recordId: string, error: z.ZodError): RecordProblem[] {
  return error.issues.map((issue) => ({
    source,
    recordId,
    field: fieldOfPath(issue.path),
    message: issue.message,
  }));
}

/** A single problem, for checks no schema expresses. */
export function problem(source: string, recordId: string, field: string, message: string): ConversionResult {
  return { ok: false, problems: [{ source, recordId, field, message }] };
}

/**
 * The shared conversion path of every adapter: validate the source record with its own schema (so
 * problems name the source's fields), map it to a recall, then validate that with the `Recall` schema.
 * An exception in `build` becomes a problem too: a bad record never aborts a batch.
 * @example
 * convertRecord('cpsc', record, CpscApiRecord, (r, { raw }) => ({ id: `cpsc:${r.RecallNumber}`, raw, ... }))
 */
export function convertRecord<S extends z.ZodType>(
  source: string,
  record: FeedRecord,
  schema: S,
  build: (parsed: z.output<S>, record: FeedRecord) => RecallInput | ConversionResult,
): ConversionResult {
  const parsed = schema.safeParse(record.raw);
  if (!parsed.success) return { ok: false, problems: problemsOf(source, record.recordId, parsed.error) };
  let input: RecallInput | ConversionResult;
  try {
    input = build(parsed.data, record);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return problem(source, record.recordId, '(record)', `could not be converted: ${message}`);
  }
  if ('ok' in input) return input;
  const recall = Recall.safeParse(input);
  if (!recall.success) return { ok: false, problems: problemsOf(source, record.recordId, recall.error) };
  return { ok: true, recall: recall.data };
}

/**
 * The records of an array document: each element with the id `idOf` reads from it, or `#<position>`
 * (1-based) when it has none, so a problem can still point at the record.
 * @example recordsOfArray(doc, (raw) => raw.RecallNumber)
 */
export function* recordsOfArray(
  items: readonly unknown[],
  idOf: (raw: Record<string, unknown>) => unknown,
): Generator<FeedRecord> {
  for (let index = 0; index < items.length; index += 1) {
    const raw = items[index];
    const id = isObject(raw) ? idOf(raw) : undefined;
    const text = typeof id === 'string' || typeof id === 'number' ? String(id).trim() : '';
    yield { recordId: text.length > 0 ? text : `#${index + 1}`, raw };
  }
}

/** Whether a value is a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether any of the first few elements of an array is an object with one of the keys. */
export function someElementHas(items: unknown, keys: readonly string[], sample = 10): boolean {
  if (!Array.isArray(items)) return false;
  const limit = Math.min(items.length, sample);
  for (let index = 0; index < limit; index += 1) {
    const item: unknown = items[index];
    if (isObject(item) && keys.some((key) => key in item)) return true;
  }
  return false;
}
