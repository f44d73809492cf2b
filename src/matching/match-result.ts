import { z } from 'zod';

/** What the engine recommends for one listing × recall pair; below `review` nothing is reported. */
export const MatchDecision = z.enum(['block', 'review']);
export type MatchDecision = z.infer<typeof MatchDecision>;

/** A listing's overall decision: that of its best match, or `clear`. */
export const ListingDecision = z.enum(['block', 'review', 'clear']);
export type ListingDecision = z.infer<typeof ListingDecision>;

/** One feature that fired, with the values it compared on each side. */
export const FeatureResult = z.object({
  name: z.string(),
  score: z.number(),
  detail: z.string(),
});
export type FeatureResult = z.infer<typeof FeatureResult>;

export const RecallMatch = z.object({
  recallId: z.string(),
  /** Index of the matched product inside the recall's `products`. */
  productIndex: z.number().int().nonnegative(),
  score: z.number().min(0).max(1),
  decision: MatchDecision,
  features: z.array(FeatureResult),
});
export type RecallMatch = z.infer<typeof RecallMatch>;

export const ScreeningResult = z.object({
  listingId: z.string(),
  decision: ListingDecision,
  /** Best first. */
  matches: z.array(RecallMatch),
});
export type ScreeningResult = z.infer<typeof ScreeningResult>;
