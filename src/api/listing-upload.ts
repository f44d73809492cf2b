import { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import chain from 'stream-chain';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import { RecallguardError, type RecordProblem } from '../errors/index.js';
import { csvRowToListing, LISTING_CSV_OPTIONS, toListingItem, type Listing, type ListingReadItem } from '../listings/index.js';

/** The bodies `PUT /v1/listings` takes, by media type. */
export const UPLOAD_MEDIA_TYPES = {
  'application/x-ndjson': 'ndjson',
  'application/json': 'json',
  'text/csv': 'csv',
} as const;
export type UploadFormat = (typeof UPLOAD_MEDIA_TYPES)[keyof typeof UPLOAD_MEDIA_TYPES];

export interface ListingUpload {
  readonly listings: Listing[];
  readonly problems: RecordProblem[];
}

/**
 * Reads an uploaded body record by record without holding the raw text: NDJSON (a bad line is a problem, the
 * rest go on), a JSON array or `{"listings": [...]}`, or CSV with a header row. Each record is validated on its
 * own with the listing reader's `toListingItem`. More than `limit` bytes is `RG_ERR_PAYLOAD_TOO_LARGE`;
 * JSON or CSV that cannot be read as a whole is `RG_ERR_BAD_INPUT`.
 * @example const { listings, problems } = await readListingUpload(request.raw, 'ndjson', { source: 'upload', limit: 1 << 26 });
 */
export async function readListingUpload(
  body: AsyncIterable<Buffer | string>,
  format: UploadFormat,
  options: { readonly source: string; readonly limit: number },
): Promise<ListingUpload> {
  const listings: Listing[] = [];
  const problems: RecordProblem[] = [];
  const bytes = limited(body, options.limit);
  const items = format === 'ndjson' ? ndjsonItems(bytes, options.source) : format === 'csv' ? csvItems(bytes, options.source) : jsonItems(bytes, options.source);
  for await (const item of items) {
    if (item.ok) listings.push(item.listing);
    else problems.push(item.problem);
  }
  return { listings, problems };
}

async function* limited(body: AsyncIterable<Buffer | string>, limit: number): AsyncGenerator<Buffer> {
  let received = 0;
  for await (const chunk of body) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    received += buffer.length;
    if (received > limit) throw new RecallguardError('RG_ERR_PAYLOAD_TOO_LARGE', `The upload is over the limit of ${limit} bytes; split it into smaller uploads`);
    yield buffer;
  }
}

async function* ndjsonItems(bytes: AsyncIterable<Buffer>, source: string): AsyncGenerator<ListingReadItem> {
  const decoder = new TextDecoder('utf-8');
  let position = 0;
  let rest = '';
  const itemOf = (line: string): ListingReadItem | undefined => {
    position += 1;
    if (line.trim() === '') return undefined;
    try {
      return toListingItem(JSON.parse(line), source, position);
    } catch (error) {
      const message = `line ${position} is not valid JSON (${(error as Error).message})`;
      return { ok: false, position, problem: { source, recordId: `#${position}`, field: '(record)', message } };
    }
  };
  for await (const chunk of bytes) {
    const lines = (rest + decoder.decode(chunk, { stream: true })).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      const item = itemOf(line);
      if (item) yield item;
    }
  }
  const last = itemOf(rest + decoder.decode());
  if (last) yield last;
}

async function* jsonItems(bytes: AsyncIterable<Buffer>, source: string): AsyncGenerator<ListingReadItem> {
  const [first, input] = await firstCharacter(bytes);
  if (first !== '[' && first !== '{') {
    throw new RecallguardError('RG_ERR_BAD_INPUT', 'Expected a JSON array of listings or {"listings": [...]}');
  }
  const stages = first === '[' ? [parser(), streamArray()] : [parser(), pick({ filter: 'listings', once: true }), streamArray()];
  const values = chain([Readable.from(input), ...stages]);
  let position = 0;
  try {
    for await (const { key, value } of values as AsyncIterable<{ key: number; value: unknown }>) {
      position = key + 1;
      yield toListingItem(value, source, position);
    }
  } catch (error) {
    if (error instanceof RecallguardError) throw error;
    throw new RecallguardError('RG_ERR_BAD_INPUT', `The body is not a JSON array of listings (after record ${position}): ${(error as Error).message}`, { cause: error });
  }
}

async function* csvItems(bytes: AsyncIterable<Buffer>, source: string): AsyncGenerator<ListingReadItem> {
  const rows = Readable.from(bytes).pipe(parseCsv(LISTING_CSV_OPTIONS));
  let position = 1;
  try {
    for await (const row of rows as AsyncIterable<Record<string, string>>) {
      position += 1;
      yield toListingItem(csvRowToListing(row), source, position);
    }
  } catch (error) {
    if (error instanceof RecallguardError) throw error;
    throw new RecallguardError('RG_ERR_BAD_INPUT', `The CSV could not be read after line ${position}: ${(error as Error).message}`, { cause: error });
  }
}

/** The first non-blank character of a byte stream, and the stream again from its start. */
async function firstCharacter(bytes: AsyncIterable<Buffer>): Promise<[string | undefined, AsyncIterable<Buffer>]> {
  const iterator = bytes[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let first: string | undefined;
  while (first === undefined) {
    const next = await iterator.next();
    if (next.done) break;
    seen.push(next.value);
    first = /[^\s\ufeff]/.exec(next.value.toString('utf8'))?.[0];
  }
  async function* replay(): AsyncGenerator<Buffer> {
    yield* seen;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return [first, replay()];
}
