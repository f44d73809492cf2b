import { z } from 'zod';
import type { Fingerprint } from './fingerprint.js';

/** Title similarity (Jaccard of shingles) from which the same seller's listing counts as the same product. */
export const TITLE_THRESHOLD = 0.7;
/** Model keys at least this long identify a product across sellers; shorter ones only within one seller. */
const SPECIFIC_MODEL_LENGTH = 5;

/**
 * One piece of evidence. Positive reasons: `gtin` (1.0), `model` (0.95), `image` (0.9), `title` (the
 * similarity, same seller only). Vetoes, which cancel weaker reasons: `model-conflict` (both name model
 * numbers, none shared: cancels image and title), `gtin-conflict` and `number-conflict` (cancel title).
 */
export const RelistReason = z.object({
  feature: z.enum(['gtin', 'model', 'image', 'title', 'model-conflict', 'gtin-conflict', 'number-conflict']),
  score: z.number(),
  detail: z.string(),
});
export type RelistReason = z.infer<typeof RelistReason>;

/**
 * The verdict on one candidate against one removed listing, with the evidence.
 * @example RelistComparison.parse({ relisted: false, score: 0, reasons: [], titleSimilarity: 0.31 })
 */
export const RelistComparison = z.object({
  relisted: z.boolean(),
  /** The strongest reason that was not vetoed, 0 when none. */
  score: z.number().min(0).max(1),
  /** Reasons that count, strongest first, then the vetoes that applied. */
  reasons: z.array(RelistReason),
  titleSimilarity: z.number().min(0).max(1),
});
export type RelistComparison = z.infer<typeof RelistComparison>;

export interface CompareOptions {
  readonly titleThreshold?: number;
  /** Image keys too common to identify anything (marketplace placeholders, a seller's logo). */
  readonly commonImages?: ReadonlySet<string>;
}

/**
 * Whether `candidate` (a new or changed listing) is `removed` (a taken-down listing) put up again. The rule
 * (`fp-v1`): the same product is re-listed when the two share
 * 1. a GTIN; or
 * 2. a model key of 5+ characters (any seller), or a shorter one with the same seller; or
 * 3. an image URL (host + path), unless both name model numbers and none is shared; or
 * 4. the same seller and a title similarity of at least 0.7, unless model numbers, GTINs or title numbers
 *    on both sides have nothing in common.
 * @example
 * compareFingerprints(fingerprintListing(newListing), storedFingerprint)
 * // { relisted: true, score: 0.95, reasons: [{ feature: 'model', score: 0.95, detail: 'same model number a1263' }], titleSimilarity: 0.62 }
 */
export function compareFingerprints(candidate: Fingerprint, removed: Fingerprint, options: CompareOptions = {}): RelistComparison {
  const sameSeller = candidate.seller !== null && candidate.seller === removed.seller;
  const titleSimilarity = round(jaccard(candidate.titleShingles, removed.titleShingles));
  const vetoes: RelistReason[] = [];
  const reasons: RelistReason[] = [];

  const gtins = shared(candidate.gtins, removed.gtins);
  if (gtins.length > 0) reasons.push({ feature: 'gtin', score: 1, detail: `same GTIN ${gtins.join(', ')}` });
  const models = shared(candidate.modelKeys, removed.modelKeys).filter((key) => sameSeller || key.length >= SPECIFIC_MODEL_LENGTH);
  if (models.length > 0) reasons.push({ feature: 'model', score: 0.95, detail: `same model number ${models.join(', ')}${sameSeller ? ' (same seller)' : ''}` });

  const modelConflict = conflict(candidate.modelKeys, removed.modelKeys);
  if (modelConflict) vetoes.push({ feature: 'model-conflict', score: 0, detail: `different model numbers: ${candidate.modelKeys.join(', ')} vs ${removed.modelKeys.join(', ')}` });
  const images = shared(candidate.images, removed.images).filter((key) => !options.commonImages?.has(key));
  if (images.length > 0 && !modelConflict) reasons.push({ feature: 'image', score: 0.9, detail: `same image ${images.join(', ')}` });

  if (sameSeller && titleSimilarity >= (options.titleThreshold ?? TITLE_THRESHOLD)) {
    const gtinConflict = conflict(candidate.gtins, removed.gtins);
    const numberConflict = conflict(candidate.numbers, removed.numbers);
    if (gtinConflict) vetoes.push({ feature: 'gtin-conflict', score: 0, detail: `different GTINs: ${candidate.gtins.join(', ')} vs ${removed.gtins.join(', ')}` });
    if (numberConflict) vetoes.push({ feature: 'number-conflict', score: 0, detail: `different numbers in the titles: ${candidate.numbers.join(', ')} vs ${removed.numbers.join(', ')}` });
    if (!modelConflict && !gtinConflict && !numberConflict) {
      reasons.push({ feature: 'title', score: titleSimilarity, detail: `same seller ${candidate.seller}, title similarity ${titleSimilarity}` });
    }
  }

  reasons.sort((a, b) => b.score - a.score);
  const score = reasons[0]?.score ?? 0;
  return { relisted: reasons.length > 0, score, reasons: [...reasons, ...vetoes], titleSimilarity };
}

/** |A ∩ B| / |A ∪ B| of two sorted, duplicate-free lists; 0 when both are empty. */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 0;
  const common = shared(a, b).length;
  return common / (a.length + b.length - common);
}

function shared(a: readonly string[], b: readonly string[]): string[] {
  const set = new Set(b);
  return a.filter((value) => set.has(value));
}

/** Both sides name values and none is shared. */
function conflict(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && shared(a, b).length === 0;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
