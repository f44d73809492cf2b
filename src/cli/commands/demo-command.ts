import { Command } from 'commander';
import { fileURLToPath } from 'node:url';
import { readListings } from '../../listings/index.js';
import { buildRecallIndex, screenListing, type ScreeningResult } from '../../matching/index.js';
import { DemoTally, demoLabel, demoRecallId } from '../../console/demo-report.js';
import { formatExplanation } from '../../console/explanation.js';
import type { Listing } from '../../listings/index.js';
import type { CliIo } from '../cli-io.js';
import { loadRecalls } from '../load-recalls.js';

const DEMO_DIR = fileURLToPath(new URL('../../../data/demo/', import.meta.url));

export function demoCommand(io: CliIo): Command {
  return new Command('demo')
    .description('Screen the bundled demo listings (evasive re-listings and innocent look-alikes) against real recalls and show what was caught and why')
    .option('--explain <n>', 'how many matches to explain in full', (value) => Number.parseInt(value, 10), 4)
    .action(async (flags: { explain: number }) => {
      const started = performance.now();
      const recalls = await loadRecalls([`${DEMO_DIR}recalls.json`], io);
      const index = buildRecallIndex(recalls);
      const tally = new DemoTally();
      const screened: { listing: Listing; result: ScreeningResult }[] = [];
      for await (const item of readListings(`${DEMO_DIR}listings.ndjson`)) {
        if (!item.ok) continue;
        const result = screenListing(index, item.listing);
        tally.add(item.listing, result);
        screened.push({ listing: item.listing, result });
      }
      const sources = [...new Set(recalls.map((recall) => recall.source))].join(', ');
      io.stdout.write(`recallguard demo: ${recalls.length} real recalls (${sources}), ${screened.length} marketplace listings, algorithm ${index.algorithm.name}\n\n`);
      io.stdout.write(tally.format());
      io.stdout.write(`\nA few matches, explained:\n`);
      for (const { listing, result } of pickExamples(screened, flags.explain)) {
        io.stdout.write(`\n[${demoLabel(listing)}] ${formatExplanation(listing, { ...result, matches: result.matches.slice(0, 1) }, index)}`);
      }
      io.stdout.write(`\ndone in ${((performance.now() - started) / 1000).toFixed(2)} s. Try: npx recallguard explain --recalls data/demo/recalls.json --listing '{"id":"x","title":"..."}'\n`);
    });
}

/** One correctly matched re-listing per evasion kind, in file order. */
function pickExamples(screened: readonly { listing: Listing; result: ScreeningResult }[], count: number) {
  const seen = new Set<string>();
  const picked: { listing: Listing; result: ScreeningResult }[] = [];
  for (const entry of screened) {
    const kind = demoLabel(entry.listing);
    const best = entry.result.matches[0];
    if (!best || best.recallId !== demoRecallId(entry.listing) || seen.has(kind) || kind === 'exact') continue;
    seen.add(kind);
    picked.push(entry);
    if (picked.length >= count) break;
  }
  return picked;
}
