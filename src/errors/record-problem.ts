import { z } from 'zod';

/** A problem with one input record: reported, and the record skipped, while the rest go through. */
export const RecordProblem = z.object({
  source: z.string(),
  recordId: z.string(),
  field: z.string(),
  message: z.string(),
});
export type RecordProblem = z.infer<typeof RecordProblem>;

/** One line a person can act on: `cpsc record 17057, field "RecallDate": expected a date`. */
export function formatProblem(problem: RecordProblem): string {
  return `${problem.source} record ${problem.recordId}, field "${problem.field}": ${problem.message}`;
}

/** `Products.0.Name` from a zod issue path; `(record)` for an issue about the whole record. */
export function fieldOfPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(record)' : path.map((part) => String(part)).join('.');
}
