import { z } from 'zod';

/**
 * Where a case stands. `verified` is final; `removed`, `restricted` and `dismissed` can be reopened.
 * @example CaseState.parse('action_requested')
 */
export const CaseState = z.enum(['open', 'action_requested', 'removed', 'restricted', 'verified', 'dismissed']);
export type CaseState = z.infer<typeof CaseState>;

/**
 * What a person or the marketplace does to a case. `confirm_*` record what the marketplace reports it did.
 * @example CaseAction.options // ['request_action', 'confirm_removed', ...]
 */
export const CaseAction = z.enum(['request_action', 'confirm_removed', 'confirm_restricted', 'verify', 'dismiss', 'reopen']);
export type CaseAction = z.infer<typeof CaseAction>;

/**
 * A market where sale is blocked: ISO 3166-1 alpha-2 (`US`), a subdivision (`US-CA`) or `EU`; upper-cased.
 * @example Jurisdiction.parse('us') // 'US'
 */
export const Jurisdiction = z
  .string()
  .regex(/^[A-Za-z]{2}(?:-[A-Za-z0-9]{1,3})?$/, 'expected a country code such as "US", a subdivision such as "US-CA", or "EU"')
  .transform((code) => code.toUpperCase());
export type Jurisdiction = z.infer<typeof Jurisdiction>;

/**
 * A non-empty set of jurisdictions, de-duplicated and sorted so equal sets compare equal.
 * @example Jurisdictions.parse(['us', 'CA', 'US']) // ['CA', 'US']
 */
export const Jurisdictions = z
  .array(Jurisdiction)
  .min(1, 'name at least one jurisdiction')
  .transform((codes) => [...new Set(codes)].sort());
export type Jurisdictions = z.infer<typeof Jurisdictions>;

/**
 * The takedown measure asked of (or taken by) a marketplace: remove everywhere, or block sale into some markets.
 * @example Measure.parse({ kind: 'restrict', jurisdictions: ['US'] })
 */
export const Measure = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('remove') }),
  z.object({ kind: z.literal('restrict'), jurisdictions: Jurisdictions }),
]);
export type Measure = z.infer<typeof Measure>;

const Reason = z.string().trim().min(1, 'a reason is required');

/**
 * A case's state with the data that state carries (the pending request, the blocked markets, the dismissal reason).
 * @example CaseStatus.parse({ state: 'restricted', jurisdictions: ['US'] })
 */
export const CaseStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('open') }),
  z.object({ state: z.literal('action_requested'), requested: Measure }),
  z.object({ state: z.literal('removed') }),
  z.object({ state: z.literal('restricted'), jurisdictions: Jurisdictions }),
  z.object({ state: z.literal('verified'), outcome: Measure }),
  z.object({ state: z.literal('dismissed'), reason: Reason }),
]);
export type CaseStatus = z.infer<typeof CaseStatus>;

/**
 * An action with its data, as the API and the CLI accept it. Dismissing and reopening need a reason.
 * @example CaseCommand.parse({ action: 'dismiss', reason: 'different model: A1271, not A1263' })
 */
export const CaseCommand = z.discriminatedUnion('action', [
  z.object({ action: z.literal('request_action'), measure: Measure }),
  z.object({ action: z.literal('confirm_removed') }),
  z.object({ action: z.literal('confirm_restricted'), jurisdictions: Jurisdictions }),
  z.object({ action: z.literal('verify') }),
  z.object({ action: z.literal('dismiss'), reason: Reason }),
  z.object({ action: z.literal('reopen'), reason: Reason }),
]);
export type CaseCommand = z.infer<typeof CaseCommand>;

/**
 * The state every new case starts in.
 * @example transition(OPEN_CASE, { action: 'dismiss', reason: 'toy replica' })
 */
export const OPEN_CASE: CaseStatus = Object.freeze({ state: 'open' });
