import { createReadStream, type ReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import { RecallguardError } from '../errors/index.js';
import { csvRowToListing, LISTING_CSV_OPTIONS } from './csv-listing.js';
import { toListingItem, unparsableItem, type ListingReadItem } from './listing-record.js';

export const LISTING_FORMATS = ['ndjson', 'json', 'csv', 'tsv'] as const;
export type ListingFormat = (typeof LISTING_FORMATS)[number];

export interface ReadListingsOptions {
  /** Overrides detection from the file extension. */
  readonly format?: ListingFormat;
  /** Called with the number of bytes read so far, for progress bars. */
  readonly onBytes?: (bytesRead: number) => void;
}

/**
 * Streams listings from an NDJSON, JSON-array or CSV file (`-` is standard input) without loading the file
 * into memory. Each record is validated on its own; a bad record comes out as a problem and reading goes on.
 * @example for await (const item of readListings('listings.ndjson')) if (item.ok) screen(item.listing);
 */
export async function* readListings(path: string, options: ReadListingsOptions = {}): AsyncGenerator<ListingReadItem> {
  for await (const batch of readListingBatches(path, options)) yield* batch;
}

/**
 * {@link readListings} in batches of at most 256 records: the form for hot loops, since one await per batch
 * costs far less than one per record.
 * @example for await (const batch of readListingBatches('listings.ndjson')) for (const item of batch) …
 */
export async function* readListingBatches(path: string, options: ReadListingsOptions = {}): AsyncGenerator<ListingReadItem[]> {
  const format = options.format ?? detectListingFormat(path);
  const source = path === '-' ? 'stdin' : basename(path);
  const input = path === '-' ? process.stdin : await openFile(path);
  if (options.onBytes && input !== process.stdin) {
    const file = input as ReadStream;
    const report = options.onBytes;
    file.on('data', () => report(file.bytesRead));
  }
  if (format === 'ndjson') yield* readNdjson(input, source);
  else if (format === 'csv' || format === 'tsv') yield* batched(readCsv(input, source, format === 'tsv' ? '\t' : ','));
  else yield* batched(readJsonArray(input, source));
}

/** Small enough that a batch's records are screened and dropped before the next young-generation collection. */
const BATCH = 256;

/** Batches of the items; when the input breaks off with an error, the items read before it still come out first. */
async function* batched(items: AsyncIterable<ListingReadItem>): AsyncGenerator<ListingReadItem[]> {
  let batch: ListingReadItem[] = [];
  try {
    for await (const item of items) {
      batch.push(item);
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
  } catch (error) {
    if (batch.length > 0) yield batch;
    throw error;
  }
  if (batch.length > 0) yield batch;
}

export function detectListingFormat(path: string): ListingFormat {
  const extension = extname(path).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.tsv' || extension === '.tab') return 'tsv';
  if (extension === '.json') return 'json';
  return 'ndjson';
}

/**
 * Throws the error reading would meet when `path` names no readable listings file (`-`, standard input, always
 * passes): callers that do slow work first, such as loading recalls, check the listings path before it.
 * @example await checkListingsInput('listings.ndjson'); // RG_ERR_FILE_NOT_FOUND when it is missing
 */
export async function checkListingsInput(path: string): Promise<void> {
  if (path === '-') return;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new RecallguardError('RG_ERR_BAD_INPUT', `listings input ${path} is not a file`);
  } catch (error) {
    if (error instanceof RecallguardError) throw error;
    throw new RecallguardError('RG_ERR_FILE_NOT_FOUND', `listings file not found: ${path}`, { cause: error });
  }
}

async function openFile(path: string): Promise<ReadStream> {
  await checkListingsInput(path);
  return createReadStream(path, { highWaterMark: 1 << 20 });
}

async function* readNdjson(input: Readable, source: string): AsyncGenerator<ListingReadItem[]> {
  input.setEncoding('utf8');
  let position = 0;
  let rest = '';
  let first = true;
  for await (const chunk of input as AsyncIterable<string>) {
    let text = rest + chunk;
    if (first) {
      // a byte order mark, as some Windows tools write, is no part of the first record
      if (text.charCodeAt(0) === BYTE_ORDER_MARK) text = text.slice(1);
      first = false;
    }
    let batch: ListingReadItem[] = [];
    let from = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', from)) {
      position += 1;
      const item = ndjsonItem(text.slice(from, end), source, position);
      if (item) batch.push(item);
      from = end + 1;
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
    rest = text.slice(from);
    if (batch.length > 0) yield batch;
  }
  if (rest !== '') {
    const item = ndjsonItem(rest, source, position + 1);
    if (item) yield [item];
  }
}

const BYTE_ORDER_MARK = 0xfeff;

function ndjsonItem(line: string, source: string, position: number): ListingReadItem | undefined {
  if (line.length === 0) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    if (line.trim() === '') return undefined;
    return unparsableItem(source, position, `line ${position} is not valid JSON (${(error as Error).message})`);
  }
  return toListingItem(raw, source, position);
}

/** Where a CSV file's structure broke: its parser's state after that line cannot be trusted. */
interface CsvBreak {
  readonly line: number;
  readonly message: string;
}

/**
 * CSV rows as listings, positioned by the line each record ends on. A quote that breaks the file's structure (an
 * unclosed quoted cell, a stray quote after a closing one) stops the reading at that line with a clear error, after
 * every record before it came out: the parser can skip such a record, but what it reads next may be cells of
 * several records run together, so nothing after it is trusted.
 */
async function* readCsv(input: Readable, source: string, delimiter: string): AsyncGenerator<ListingReadItem> {
  let broken: CsvBreak | undefined;
  const rows = input.pipe(parseCsv({
    ...LISTING_CSV_OPTIONS,
    delimiter,
    info: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      broken ??= { line: typeof error?.lines === 'number' ? error.lines : 0, message: error?.message ?? 'unreadable record' };
      return undefined;
    },
  }));
  let position = 1;
  try {
    for await (const { info, record } of rows as AsyncIterable<{ info: { lines: number }; record: Record<string, string> }>) {
      if (broken && info.lines >= broken.line) break;
      position = info.lines;
      yield toListingItem(csvRowToListing(record), source, position);
    }
  } catch (error) {
    throw new RecallguardError('RG_ERR_BAD_INPUT', `${source}: CSV could not be read after line ${position}: ${(error as Error).message}`, { cause: error });
  } finally {
    input.destroy();
  }
  if (broken) {
    const after = position > 1 ? `after line ${position}` : 'after its header';
    throw new RecallguardError('RG_ERR_BAD_INPUT', `${source}: CSV unreadable ${after}, the records from there on were not read: ${broken.message}`);
  }
}

async function* readJsonArray(input: Readable, source: string): AsyncGenerator<ListingReadItem> {
  const items = input.pipe(streamArray.withParserAsStream());
  let position = 0;
  try {
    for await (const item of items as AsyncIterable<{ key: number; value: unknown }>) {
      position = item.key + 1;
      yield toListingItem(item.value, source, position);
    }
  } catch (error) {
    throw new RecallguardError('RG_ERR_BAD_INPUT', `${source}: not a JSON array of listings (after record ${position}): ${(error as Error).message}`, { cause: error });
  }
}
