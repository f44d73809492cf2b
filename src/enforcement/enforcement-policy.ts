import { z } from 'zod';
import { DeadlinePolicy } from '../deadlines/index.js';

/** What happens to a `block` match: a takedown request at once, or a reviewer's look first. */
export const TakedownMode = z.enum(['auto_takedown', 'review_first']);
export type TakedownMode = z.infer<typeof TakedownMode>;

/**
 * A recall source's enforcement policy: the takedown mode and the deadline a case gets.
 * @example SourcePolicyInput.parse({ source: 'cpsc', mode: 'auto_takedown', deadline: { kind: 'hours', hours: 24 } })
 */
export const SourcePolicyInput = z.object({
  source: z.string().min(1),
  mode: TakedownMode,
  deadline: DeadlinePolicy,
});
export type SourcePolicyInput = z.infer<typeof SourcePolicyInput>;

/** Without a policy of its own a source's cases wait for a reviewer and are due 48 hours after they open. */
export const DEFAULT_POLICY: Omit<SourcePolicyInput, 'source'> = Object.freeze({
  mode: 'review_first',
  deadline: Object.freeze({ kind: 'hours', hours: 48 }),
});

/**
 * One entry of a regulator's priority list: a recall with its own deadline, counted from when the platform
 * was notified.
 * @example PriorityEntry.parse({ recallId: 'cpsc:25338', notifiedAt: '2026-11-20T14:00:00Z', deadline: { kind: 'hours', hours: 4 } })
 */
export const PriorityEntry = z.object({
  recallId: z.string().min(1),
  notifiedAt: z.iso.datetime({ offset: true }).transform((text) => new Date(text)),
  deadline: DeadlinePolicy,
});
export type PriorityEntry = z.infer<typeof PriorityEntry>;

/** A priority list as a regulator hands it over. */
export const PriorityList = z.object({
  list: z.string().min(1),
  recalls: z.array(PriorityEntry).min(1),
});
export type PriorityList = z.infer<typeof PriorityList>;
