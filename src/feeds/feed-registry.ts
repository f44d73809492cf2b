import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { RecallguardError, isRecallguardError, type RecordProblem } from '../errors/index.js';
import { dedupeByNotice, type Recall } from '../recalls/index.js';
import { cpscApiAdapter } from './cpsc/cpsc-api-adapter.js';
import { cpscCompactAdapter } from './cpsc/cpsc-compact-adapter.js';
import { cpscRssAdapter } from './cpsc/cpsc-rss-adapter.js';
import { cpscSportsAdapter } from './cpsc/cpsc-sports-adapter.js';
import { cpscUsagovAdapter } from './cpsc/cpsc-usagov-adapter.js';
import { safetyGateAdapter } from './eu-safety-gate/safety-gate-adapter.js';
import type { ConversionResult, FeedAdapter, FeedRecord } from './feed-adapter.js';
import { recallguardAdapter } from './recallguard/recallguard-adapter.js';

/** Every feed format recallguard reads, in detection order: the first whose `detect` says yes reads it. */
export const FEED_ADAPTERS: readonly FeedAdapter[] = [
  recallguardAdapter,
  cpscApiAdapter,
  cpscSportsAdapter,
  cpscUsagovAdapter,
  cpscCompactAdapter,
  safetyGateAdapter,
  cpscRssAdapter,
];

/** How one input file (or document) went: its detected format and how many records were kept or not. */
export interface FileReadSummary {
  readonly path: string;
  readonly format: string;
  readonly accepted: number;
  readonly rejected: number;
}

/** The recalls of one read (unique ids, a repeated id keeps the later record), its problems, per-file counts. */
export interface RecallReadResult {
  readonly recalls: Recall[];
  readonly problems: RecordProblem[];
  readonly files: FileReadSummary[];
  /** Records dropped because another file described the same recall notice in more detail. */
  readonly sameNoticeMerged?: number;
}

/**
 * The adapter that reads a parsed document (JSON value, or XML text for RSS), or undefined.
 * @example detectFeedAdapter(JSON.parse(text))?.format // 'cpsc-api'
 */
export function detectFeedAdapter(document: unknown): FeedAdapter | undefined {
  return FEED_ADAPTERS.find((adapter) => adapter.detect(document));
}

function knownFormats(): string {
  return FEED_ADAPTERS.map((adapter) => adapter.format).join(', ');
}

function convertSafely(adapter: FeedAdapter, record: FeedRecord): ConversionResult {
  try {
    return adapter.toRecall(record);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ source: adapter.source, recordId: record.recordId, field: '(record)', message }] };
  }
}

/**
 * Converts every record of one document with the adapter that detects it. A bad record becomes
 * problems and is skipped; the rest go through. Throws only for the document as a whole:
 * `RG_ERR_UNKNOWN_FORMAT` (no adapter reads it) or `RG_ERR_BAD_INPUT` (its structure is broken).
 * @example
 * const { recalls, problems } = readRecallDocument(JSON.parse(body), 'cpsc api response');
 */
export function readRecallDocument(document: unknown, origin: string): RecallReadResult {
  const adapter = detectFeedAdapter(document);
  if (adapter === undefined) {
    throw new RecallguardError('RG_ERR_UNKNOWN_FORMAT', `${origin}: not a recall feed format recallguard knows (known formats: ${knownFormats()})`, {
      details: { origin, formats: FEED_ADAPTERS.map((a) => a.format) },
    });
  }
  const byId = new Map<string, Recall>();
  const problems: RecordProblem[] = [];
  let accepted = 0;
  let rejected = 0;
  try {
    for (const record of adapter.records(document)) {
      const result = convertSafely(adapter, record);
      if (result.ok) {
        accepted += 1;
        byId.delete(result.recall.id);
        byId.set(result.recall.id, result.recall);
      } else {
        rejected += 1;
        problems.push(...result.problems);
      }
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new RecallguardError(isRecallguardError(error) ? error.code : 'RG_ERR_BAD_INPUT', `${origin}: ${message}`, { cause: error });
  }
  return { recalls: [...byId.values()], problems, files: [{ path: origin, format: adapter.format, accepted, rejected }] };
}

async function expandPath(path: string): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new RecallguardError('RG_ERR_FILE_NOT_FOUND', `no such file or directory: ${path}`, { details: { path } });
    }
    throw new RecallguardError('RG_ERR_BAD_INPUT', `cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  if (!info.isDirectory()) return [path];
  const names = (await readdir(path)).filter((name) => /\.(?:json|xml)$/i.test(name)).sort();
  return names.map((name) => join(path, name));
}

function positionOf(message: string, text: string): string {
  const at = /position (\d+)/.exec(message)?.[1] ?? (/end of JSON input/i.test(message) ? String(text.length) : undefined);
  if (at === undefined) return 'unknown position';
  const before = text.slice(0, Number(at));
  const line = before.split('\n').length;
  const column = Number(at) - before.lastIndexOf('\n');
  return `line ${line}, column ${column} (position ${at})`;
}

/** JSON value of a file, or its text when it is XML (for the RSS adapter). */
function parseFile(path: string, content: string): unknown {
  const text = content.replace(/^\ufeff/, '');
  if (extname(path).toLowerCase() === '.xml' || /^\s*</.test(text)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new RecallguardError('RG_ERR_BAD_INPUT', `${path}: invalid JSON at ${positionOf(message, text)}: ${message}`, {
      cause: error,
      details: { path },
    });
  }
}

/**
 * Reads recall files (JSON, or RSS XML) and directories (their `*.json` and `*.xml` files, sorted).
 * Within one read a recall id seen twice keeps the later record, and records of one notice address from
 * different files keep only the most detailed (`sameNoticeMerged` counts the others). Throws `RG_ERR_FILE_NOT_FOUND` for a
 * missing path, `RG_ERR_BAD_INPUT` for unreadable JSON or XML (with the position), and
 * `RG_ERR_UNKNOWN_FORMAT` for a file no adapter reads; never for a bad record.
 * @example
 * const { recalls, problems, files } = await readRecallFiles(['../shared/data/cpsc']);
 */
export async function readRecallFiles(paths: readonly string[]): Promise<RecallReadResult> {
  const files: string[] = [];
  for (const path of paths) files.push(...(await expandPath(path)));
  const byId = new Map<string, Recall>();
  const problems: RecordProblem[] = [];
  const summaries: FileReadSummary[] = [];
  for (const file of files) {
    let content: string;
    try {
      content = await readFile(file, 'utf8');
    } catch (error) {
      throw new RecallguardError('RG_ERR_BAD_INPUT', `cannot read ${file}: ${(error as Error).message}`, { cause: error });
    }
    const result = readRecallDocument(parseFile(file, content), file);
    for (const recall of result.recalls) {
      byId.delete(recall.id);
      byId.set(recall.id, recall);
    }
    problems.push(...result.problems);
    summaries.push(...result.files);
  }
  const { recalls, merged } = dedupeByNotice([...byId.values()]);
  return { recalls, problems, files: summaries, sameNoticeMerged: merged };
}
