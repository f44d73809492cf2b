import { createReadStream } from 'node:fs';
import { elapsedMs } from './stats.js';

/** One timed pass over a listings file. */
export interface RawPass {
  readonly listings: number;
  readonly ms: number;
  /** Sum of title lengths, so the parse cannot be skipped as dead code. */
  readonly checksum: number;
}

function consume(line: string): number {
  if (line.length === 0) return -1;
  const record = JSON.parse(line) as { title?: unknown };
  return typeof record.title === 'string' ? record.title.length : 0;
}

/**
 * The practical ceiling for any screening of an NDJSON file: stream it, split lines, `JSON.parse`
 * each, touch one field. Nothing is validated or matched.
 * @example const { listings, ms } = await rawReadParse('/tmp/listings.ndjson');
 */
export async function rawReadParse(path: string): Promise<RawPass> {
  const start = process.hrtime.bigint();
  let listings = 0;
  let checksum = 0;
  let rest = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const text = rest + (chunk as string);
    let from = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', from)) {
      const size = consume(text.slice(from, end));
      if (size >= 0) {
        listings++;
        checksum += size;
      }
      from = end + 1;
    }
    rest = text.slice(from);
  }
  const last = consume(rest);
  if (last >= 0) {
    listings++;
    checksum += last;
  }
  return { listings, ms: elapsedMs(start), checksum };
}
