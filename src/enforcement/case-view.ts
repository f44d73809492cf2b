import { z } from 'zod';
import { CaseStatus } from '../cases/index.js';
import { deadlineStatus } from '../deadlines/index.js';
import type { StoredCase } from '../storage/index.js';

const isoInstant = z.iso.datetime();

/** A case as the API answers it and `recallguard cases list --json` prints it. */
export const CaseView = z.object({
  caseId: z.string(),
  marketplace: z.string(),
  listingId: z.string(),
  recallId: z.string(),
  productIndex: z.number().int(),
  matchId: z.string().nullable(),
  relistingOf: z.string().nullable(),
  status: CaseStatus,
  deadline: z.enum(['on_track', 'at_risk', 'breached', 'closed']),
  notifiedAt: isoInstant,
  dueAt: isoInstant,
  escalatedAt: isoInstant.nullable(),
  closedAt: isoInstant.nullable(),
  assignee: z.string().nullable(),
  seller: z.string().nullable(),
  createdAt: isoInstant,
});
export type CaseView = z.infer<typeof CaseView>;

/**
 * The outside view of a stored case, with its deadline judged at `now`.
 * @example caseView(stored, new Date()).deadline // 'at_risk'
 */
export function caseView(item: StoredCase, now: Date): CaseView {
  return {
    caseId: item.caseId,
    marketplace: item.marketplace,
    listingId: item.id,
    recallId: item.recallId,
    productIndex: item.productIndex,
    matchId: item.matchId,
    relistingOf: item.relistingOf,
    status: item.status,
    deadline: item.closedAt ? 'closed' : deadlineStatus(now, item.notifiedAt, item.dueAt),
    notifiedAt: item.notifiedAt.toISOString(),
    dueAt: item.dueAt.toISOString(),
    escalatedAt: item.escalatedAt?.toISOString() ?? null,
    closedAt: item.closedAt?.toISOString() ?? null,
    assignee: item.assignee,
    seller: item.seller,
    createdAt: item.createdAt.toISOString(),
  };
}
