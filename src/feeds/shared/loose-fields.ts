import { z } from 'zod';
import { cleanText } from './text-values.js';

/**
 * A text field as feeds really fill it: string, number (ids), null or absent. Output: trimmed string or
 * undefined; an empty string counts as absent.
 * @example z.object({ Model: looseText }).parse({ Model: '' }) // { Model: undefined }
 */
export const looseText = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => cleanText(value));

/**
 * A required identifier (recall number, alert number): string or number, trimmed, non-empty, no spaces.
 * @example z.object({ RecallNumber: recordNumber }).parse({ RecallNumber: ' 17057 ' }) // { RecallNumber: '17057' }
 */
export const recordNumber = z
  .union([z.string(), z.number()], { error: 'required: a recall number' })
  .transform((value) => String(value).trim())
  .pipe(z.string().min(1, 'required: a recall number').regex(/^\S*$/, 'must not contain spaces'));

/**
 * A list field that may be null or absent (read as empty) and may hold null entries (skipped).
 * @example looseList(z.object({ Name: looseText })).parse(null) // []
 */
export function looseList<T extends z.ZodType>(item: T) {
  return z
    .array(item.nullable())
    .nullish()
    .transform((items) => (items ?? []).filter((entry): entry is NonNullable<typeof entry> => entry !== null));
}
