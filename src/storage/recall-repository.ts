import { sql, type Kysely } from 'kysely';
import { Recall } from '../recalls/index.js';
import { chunks } from './chunks.js';
import { contentHash } from './content-hash.js';
import { textArray } from './key-set.js';
import type { Database, RecallRow } from './schema.js';

export interface RecallUpsertOutcome {
  readonly added: number;
  readonly changed: number;
  readonly unchanged: number;
  /** Recalls that are new or got a new version, with that version: what a sweep must screen. */
  readonly touched: readonly { readonly id: string; readonly version: number }[];
}

export interface StoredRecallVersion {
  readonly version: number;
  readonly contentHash: string;
  readonly createdAt: Date;
  readonly recall: Recall;
}

export interface RecallSearch {
  /** Words that must all appear in the title, a brand or a model number (case-insensitive). */
  readonly q?: string;
  readonly source?: string;
  /** Recalls first seen or changed at or after this instant. */
  readonly since?: Date;
  readonly limit: number;
  /** The last id of the previous page. */
  readonly after?: string;
}

/**
 * Recalls, versioned by content: a changed source record becomes a new version and the old one is kept;
 * an identical re-import changes nothing.
 * @example const outcome = await recalls.upsert(parsed); outcome.touched // to sweep
 */
export class RecallRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async upsert(recalls: readonly Recall[], ingestRunId?: string): Promise<RecallUpsertOutcome> {
    let added = 0;
    let changed = 0;
    let unchanged = 0;
    const touched: { id: string; version: number }[] = [];
    await this.db.transaction().execute(async (trx) => {
      for (const batch of chunks(lastOfEachId(recalls), UPSERT_BATCH)) {
        const ids = batch.map((recall) => recall.id);
        const existing = await trx.selectFrom('recall').select(['id', 'version', 'contentHash']).where('id', '=', sql<string>`any(${textArray(ids)})`).forUpdate().execute();
        const currentById = new Map(existing.map((row) => [row.id, row]));
        const inserts = [];
        const versions = [];
        for (const recall of batch) {
          const current = currentById.get(recall.id);
          const hash = contentHash(recall);
          if (current?.contentHash === hash) {
            unchanged += 1;
            continue;
          }
          const version = (current?.version ?? 0) + 1;
          const document = JSON.stringify(recall);
          const row = { version, contentHash: hash, title: recall.title, searchText: searchText(recall), published: recall.publishedAt, document };
          if (current) {
            await trx.updateTable('recall').set({ ...row, changedAt: new Date() }).where('id', '=', recall.id).execute();
            changed += 1;
          } else {
            inserts.push({ id: recall.id, source: recall.source, ...row });
            added += 1;
          }
          versions.push({ recallId: recall.id, version, contentHash: hash, document, ingestRunId: ingestRunId ?? null });
          touched.push({ id: recall.id, version });
        }
        if (inserts.length > 0) await trx.insertInto('recall').values(inserts).execute();
        if (versions.length > 0) await trx.insertInto('recallVersion').values(versions).execute();
      }
    });
    return { added, changed, unchanged, touched };
  }

  /** Every recall's current version, by id. */
  async current(): Promise<{ readonly recall: Recall; readonly version: number }[]> {
    const rows = await this.db.selectFrom('recall').select(['document', 'version']).orderBy('id').execute();
    return rows.map((row) => ({ recall: Recall.parse(row.document), version: row.version }));
  }

  async get(id: string): Promise<{ readonly recall: Recall; readonly row: RecallRow } | undefined> {
    const row = await this.db.selectFrom('recall').selectAll().where('id', '=', id).executeTakeFirst();
    return row && { recall: Recall.parse(row.document), row };
  }

  /** Every version of a recall, newest first. */
  async versions(id: string): Promise<StoredRecallVersion[]> {
    const rows = await this.db.selectFrom('recallVersion').selectAll().where('recallId', '=', id).orderBy('version', 'desc').execute();
    return rows.map((row) => ({ version: row.version, contentHash: row.contentHash, createdAt: row.createdAt, recall: Recall.parse(row.document) }));
  }

  async search(search: RecallSearch): Promise<RecallRow[]> {
    let query = this.db.selectFrom('recall').selectAll().orderBy('id').limit(search.limit);
    for (const word of (search.q ?? '').toLowerCase().split(/\s+/).filter(Boolean)) {
      query = query.where('searchText', 'like', `%${escapeLike(word)}%`);
    }
    if (search.source) query = query.where('source', '=', search.source);
    if (search.since) query = query.where('changedAt', '>=', search.since);
    if (search.after) query = query.where('id', '>', search.after);
    return query.execute();
  }

  async count(): Promise<number> {
    const { count } = await this.db.selectFrom('recall').select(sql<string>`count(*)`.as('count')).executeTakeFirstOrThrow();
    return Number(count);
  }
}

const UPSERT_BATCH = 500;

/** One batch may name a recall twice (a feed's correction in the same page): the last one wins. */
function lastOfEachId(recalls: readonly Recall[]): Recall[] {
  return [...new Map(recalls.map((recall) => [recall.id, recall])).values()];
}

function searchText(recall: Recall): string {
  const parts = [recall.id, recall.title];
  for (const product of recall.products) parts.push(product.name, ...product.brands, ...product.modelNumbers, ...product.gtins);
  return parts.join(' ').toLowerCase();
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
