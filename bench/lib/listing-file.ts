import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { RecallguardError } from '../../src/errors/index.js';
import type { GeneratedListing, ListingTruth } from './listing-generator.js';

/** What was written: counts, size, and the truth of every listing derived from a recall. */
export interface WrittenListings {
  readonly count: number;
  readonly bytes: number;
  readonly truths: readonly ListingTruth[];
}

const BATCH_CHARS = 1 << 20;

async function openOutput(path: string): Promise<WriteStream> {
  const stream = createWriteStream(path, { encoding: 'utf8' });
  try {
    await once(stream, 'open');
  } catch (error) {
    throw new RecallguardError('RG_ERR_USAGE', `cannot write ${path}: ${(error as Error).message}`, { cause: error });
  }
  return stream;
}

async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/**
 * Writes listings as NDJSON (one JSON object a line), batching writes and waiting for the disk, so
 * files of millions of listings take little memory.
 * @example await writeListingsNdjson('/tmp/listings.ndjson', generateListings(1_000_000, { seed: 1 }));
 */
export async function writeListingsNdjson(path: string, listings: Iterable<GeneratedListing>): Promise<WrittenListings> {
  const stream = await openOutput(path);
  const truths: ListingTruth[] = [];
  let count = 0;
  let bytes = 0;
  let batch = '';
  try {
    for (const { listing, truth } of listings) {
      batch += `${JSON.stringify(listing)}\n`;
      count++;
      if (truth) truths.push(truth);
      if (batch.length >= BATCH_CHARS) {
        bytes += Buffer.byteLength(batch);
        await write(stream, batch);
        batch = '';
      }
    }
    bytes += Buffer.byteLength(batch);
    await write(stream, batch);
  } finally {
    stream.end();
    await once(stream, 'close');
  }
  return { count, bytes, truths };
}

/**
 * Writes truths as NDJSON, one derived listing a line, for evaluations that score the screening.
 * @example await writeTruthsNdjson('/tmp/truth.ndjson', written.truths);
 */
export async function writeTruthsNdjson(path: string, truths: readonly ListingTruth[]): Promise<void> {
  const stream = await openOutput(path);
  try {
    for (const truth of truths) await write(stream, `${JSON.stringify(truth)}\n`);
  } finally {
    stream.end();
    await once(stream, 'close');
  }
}
