import type { RecordProblem } from '../errors/index.js';
import type { Recall } from '../recalls/index.js';

/** One record of a feed document, before conversion. */
export interface FeedRecord {
  /** The source's own id for the record (recall number, alert number…), for error reports. */
  readonly recordId: string;
  readonly raw: unknown;
}

export type ConversionResult =
  | { readonly ok: true; readonly recall: Recall }
  | { readonly ok: false; readonly problems: readonly RecordProblem[] };

/**
 * A recall feed format. Adapters declare what they read; shared code never branches on a feed.
 * @example
 * const adapter = FEED_ADAPTERS.find((a) => a.detect(doc));
 * for (const record of adapter.records(doc)) adapter.toRecall(record);
 */
export interface FeedAdapter {
  /** Stable format name, e.g. `cpsc-api`. */
  readonly format: string;
  /** Source prefix of the recall ids it produces, e.g. `cpsc`. */
  readonly source: string;
  readonly description: string;
  /** Whether a parsed JSON document is in this format. */
  detect(document: unknown): boolean;
  /** The records of a document; never throws on a malformed record, only on a malformed document. */
  records(document: unknown): Iterable<FeedRecord>;
  /** Converts one record; a bad record yields problems naming the record and the field. */
  toRecall(record: FeedRecord): ConversionResult;
}
