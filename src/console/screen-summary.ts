import type { ListingDecision } from '../matching/index.js';

/** Counts of one screening run. */
export interface ScreenSummary {
  screened: number;
  block: number;
  review: number;
  clear: number;
  rejected: number;
  elapsedMs: number;
}

export function emptySummary(): ScreenSummary {
  return { screened: 0, block: 0, review: 0, clear: 0, rejected: 0, elapsedMs: 0 };
}

export function countDecision(summary: ScreenSummary, decision: ListingDecision): void {
  summary.screened += 1;
  summary[decision] += 1;
}

/** @example formatSummary(summary) // 'screened 200 listings in 0.3 s (…/s): 41 block, 12 review, 147 clear' */
export function formatSummary(summary: ScreenSummary): string {
  const seconds = summary.elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(summary.screened / seconds).toLocaleString('en-US') : '–';
  const rejected = summary.rejected > 0 ? `; ${summary.rejected} rejected records` : '';
  return `screened ${summary.screened.toLocaleString('en-US')} listings in ${seconds.toFixed(2)} s (${rate}/s): `
    + `${summary.block} block, ${summary.review} review, ${summary.clear} clear${rejected}`;
}
