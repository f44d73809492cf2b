import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { write } from '../cli/cli-io.js';
import type { Listing } from '../listings/index.js';
import type { RecallMatch, ScreeningResult } from '../matching/index.js';
import { formatSummary, type ScreenSummary } from './screen-summary.js';

export const OUTPUT_FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Describes a recall product for people: "cpsc:25343 Anker PowerCore 10000 Power Bank". */
export type ProductLabel = (match: RecallMatch) => string;

/** Writes screening results as they come; only listings with a match at `review` or above are written. */
export interface ResultWriter {
  write(result: ScreeningResult, listing: Listing): Promise<void>;
  end(summary: ScreenSummary): Promise<void>;
}

/** The public wire shape of a result: exactly listingId, decision and matches (recallId, score, decision, features). */
export function wireResult(result: ScreeningResult): object {
  return {
    listingId: result.listingId,
    decision: result.decision,
    matches: result.matches.map((match) => ({ recallId: match.recallId, score: match.score, decision: match.decision, features: match.features })),
  };
}

/**
 * @example const writer = createResultWriter('ndjson', process.stdout, process.stderr, label);
 */
export function createResultWriter(format: OutputFormat, out: Writable, err: Writable, label: ProductLabel): ResultWriter {
  switch (format) {
    case 'ndjson':
      return {
        write: (result) => write(out, `${JSON.stringify(wireResult(result))}\n`),
        end: (summary) => write(err, `${formatSummary(summary)}\n`),
      };
    case 'json': {
      const results: object[] = [];
      return {
        write: async (result) => void results.push(wireResult(result)),
        end: (summary) => write(out, `${JSON.stringify({ summary, results }, null, 2)}\n`),
      };
    }
    case 'csv': {
      let header = true;
      return {
        async write(result) {
          const rows = result.matches.map((match) => [
            result.listingId, result.decision, match.recallId, match.score, match.decision,
            match.features.map((feature) => `${feature.name}=${feature.score}`).join(' '),
          ]);
          if (header) rows.unshift(['listingId', 'listingDecision', 'recallId', 'score', 'decision', 'features']);
          header = false;
          await write(out, stringify(rows));
        },
        end: (summary) => write(err, `${formatSummary(summary)}\n`),
      };
    }
    case 'table':
      return {
        async write(result, listing) {
          const best = result.matches[0];
          if (!best) return;
          const more = result.matches.length > 1 ? ` (+${result.matches.length - 1} more)` : '';
          await write(out, `${result.decision.toUpperCase().padEnd(6)} ${best.score.toFixed(2)}  ${result.listingId}  "${truncate(listing.title, 60)}"\n`
            + `       -> ${label(best)}${more}\n`);
        },
        end: (summary) => write(out, `\n${formatSummary(summary)}\n`),
      };
  }
}

export function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
