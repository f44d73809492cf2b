import { verifyChain, type ChainAnchor, type VerifyResult } from '../audit/index.js';
import type { Store } from '../storage/index.js';

const PAGE = 5_000;

/**
 * Verifies the whole stored audit trail page by page, each page anchored to the last entry of the one
 * before. With a checkpoint (a `{seq, hash}` kept outside the database) a cut-off tail is caught too.
 * @example const result = await verifyStoredTrail(store); if (!result.ok) console.error(result.message);
 */
export async function verifyStoredTrail(store: Store, checkpoint?: ChainAnchor): Promise<VerifyResult> {
  let after: ChainAnchor | undefined;
  let count = 0;
  for (;;) {
    const page = await store.audit.page(after?.seq ?? 0, PAGE);
    const last = page.length < PAGE;
    const holdsCheckpoint = checkpoint !== undefined && (last || page.some((record) => record.seq === checkpoint.seq));
    const result = verifyChain(page, { ...(after ? { after } : {}), ...(holdsCheckpoint ? { checkpoint } : {}) });
    if (!result.ok) return result;
    count += result.count;
    if (result.head) after = result.head;
    if (last) return { ok: true, count, ...(after ? { head: after } : {}) };
  }
}
