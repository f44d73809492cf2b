import { z } from 'zod';
import type { Listing } from '../listings/index.js';
import type { ListingDecision, ScreeningResult } from '../matching/index.js';

/** The `demo` field the bundled demo listings carry: what a correct engine should decide. */
const DemoExpectation = z.object({
  kind: z.string(),
  expect: z.enum(['block', 'review', 'clear']),
  recallId: z.string().optional(),
});

interface KindCount {
  total: number;
  flagged: number;
  blocked: number;
}

export function demoLabel(listing: Listing): string {
  return DemoExpectation.safeParse(listing.demo).data?.kind ?? 'unlabelled';
}

/** The recall a demo listing re-lists, if it is one. */
export function demoRecallId(listing: Listing): string | undefined {
  return DemoExpectation.safeParse(listing.demo).data?.recallId;
}

/** Scores the engine against the demo listings' expectations, per evasion kind. */
export class DemoTally {
  private readonly positives = new Map<string, KindCount>();
  private readonly negatives = new Map<string, KindCount>();
  private readonly decisions: Record<ListingDecision, number> = { block: 0, review: 0, clear: 0 };

  add(listing: Listing, result: ScreeningResult): void {
    this.decisions[result.decision] += 1;
    const expectation = DemoExpectation.safeParse(listing.demo).data;
    if (!expectation) return;
    const positive = expectation.expect !== 'clear';
    const table = positive ? this.positives : this.negatives;
    const count = table.get(expectation.kind) ?? { total: 0, flagged: 0, blocked: 0 };
    const hit = positive ? result.matches.find((match) => match.recallId === expectation.recallId) : result.matches[0];
    count.total += 1;
    if (hit) count.flagged += 1;
    if (hit?.decision === 'block') count.blocked += 1;
    table.set(expectation.kind, count);
  }

  format(): string {
    const lines = [`decisions: ${this.decisions.block} block, ${this.decisions.review} review, ${this.decisions.clear} clear`, ''];
    const positives = sum(this.positives);
    lines.push(`recalled products re-listed (${positives.total}): ${positives.flagged} caught (${positives.blocked} block, ${positives.flagged - positives.blocked} review), ${positives.total - positives.flagged} missed`);
    for (const [kind, count] of this.positives) lines.push(`  ${kind.padEnd(26)} ${count.flagged}/${count.total} caught, ${count.blocked} blocked`);
    const negatives = sum(this.negatives);
    lines.push(`innocent listings (${negatives.total}): ${negatives.blocked} wrongly blocked, ${negatives.flagged - negatives.blocked} sent to review`);
    for (const [kind, count] of this.negatives) lines.push(`  ${kind.padEnd(26)} ${count.blocked} blocked, ${count.flagged - count.blocked} review, of ${count.total}`);
    return `${lines.join('\n')}\n`;
  }
}

function sum(table: ReadonlyMap<string, KindCount>): KindCount {
  const total = { total: 0, flagged: 0, blocked: 0 };
  for (const count of table.values()) {
    total.total += count.total;
    total.flagged += count.flagged;
    total.blocked += count.blocked;
  }
  return total;
}
