import { z } from 'zod';
import { RecallguardError } from '../errors/index.js';

/**
 * Where a case stands against its deadline.
 * @example DeadlineStatus.options // ['on_track', 'at_risk', 'breached']
 */
export const DeadlineStatus = z.enum(['on_track', 'at_risk', 'breached']);
export type DeadlineStatus = z.infer<typeof DeadlineStatus>;

/** Share of the window after which a case is at risk, unless the caller says otherwise. */
export const DEFAULT_AT_RISK_SHARE = 0.75;

/**
 * `breached` from `dueAt` on (the period has ended at that instant); `at_risk` once `atRiskShare` of the
 * window from `notifiedAt` to `dueAt` has elapsed; `on_track` before (and before the notification).
 * For a case already acted on, pass the time of the action as `now`: it then says whether it was in time.
 * @example
 * const notified = new Date('2026-03-02T08:00:00Z');
 * const due = new Date('2026-03-02T12:00:00Z'); // 4 hours
 * deadlineStatus(new Date('2026-03-02T11:00:00Z'), notified, due) // 'at_risk' (3 of 4 hours gone)
 */
export function deadlineStatus(now: Date, notifiedAt: Date, dueAt: Date, atRiskShare = DEFAULT_AT_RISK_SHARE): DeadlineStatus {
  const at = now.getTime();
  const start = notifiedAt.getTime();
  const end = dueAt.getTime();
  if ([at, start, end].some(Number.isNaN)) {
    throw new RecallguardError('RG_ERR_BAD_INPUT', 'deadline status: now, notifiedAt and dueAt must be valid dates');
  }
  if (!(end > start)) {
    throw new RecallguardError('RG_ERR_BAD_INPUT', `deadline status: dueAt (${dueAt.toISOString()}) must be after notifiedAt (${notifiedAt.toISOString()})`);
  }
  if (!(atRiskShare > 0 && atRiskShare <= 1)) {
    throw new RecallguardError('RG_ERR_INVALID_CONFIG', `deadline status: atRiskShare must be in (0, 1], got ${atRiskShare}`);
  }
  if (at >= end) return 'breached';
  return at - start >= atRiskShare * (end - start) ? 'at_risk' : 'on_track';
}
