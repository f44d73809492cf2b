import type { Kysely } from 'kysely';
import type { RecordProblem } from '../errors/index.js';
import { chunks } from './chunks.js';
import type { Database, IngestRunRow } from './schema.js';

export type IngestKind = 'recalls' | 'listings';

export interface IngestCounts {
  readonly added: number;
  readonly changed: number;
  readonly unchanged: number;
}

export interface IngestRun extends IngestCounts {
  readonly runId: string;
  readonly kind: IngestKind;
  readonly source: string;
  readonly rejected: number;
  readonly startedAt: Date;
  readonly finishedAt: Date | null;
}

export interface StoredProblem {
  readonly record: string;
  readonly field: string;
  readonly problem: string;
}

/**
 * Every ingest run with its counts and each rejected record with its reason, so an operator can see
 * what a feed or a catalogue upload left out.
 * @example const run = await runs.start('recalls', 'cpsc'); await runs.finish(run, counts, problems);
 */
export class IngestRunRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async start(kind: IngestKind, source: string): Promise<string> {
    const row = await this.db.insertInto('ingestRun').values({ kind, source }).returning('id').executeTakeFirstOrThrow();
    return String(row.id);
  }

  async finish(runId: string, counts: IngestCounts, problems: readonly RecordProblem[]): Promise<IngestRun> {
    await this.db.transaction().execute(async (trx) => {
      let position = 0;
      for (const batch of chunks(problems, 500)) {
        await trx
          .insertInto('ingestProblem')
          .values(batch.map((problem) => ({ runId, position: position++, ...storedProblem(problem) })))
          .execute();
      }
      await trx
        .updateTable('ingestRun')
        .set({ added: counts.added, changed: counts.changed, unchanged: counts.unchanged, rejected: problems.length, finishedAt: new Date() })
        .where('id', '=', runId)
        .execute();
    });
    return this.get(runId) as Promise<IngestRun>;
  }

  async get(runId: string): Promise<IngestRun | undefined> {
    const row = await this.db.selectFrom('ingestRun').selectAll().where('id', '=', runId).executeTakeFirst();
    return row && ingestRun(row);
  }

  async recent(limit: number): Promise<IngestRun[]> {
    const rows = await this.db.selectFrom('ingestRun').selectAll().orderBy('id', 'desc').limit(limit).execute();
    return rows.map(ingestRun);
  }

  async problems(runId: string): Promise<StoredProblem[]> {
    return this.db.selectFrom('ingestProblem').select(['record', 'field', 'problem']).where('runId', '=', runId).orderBy('position').execute();
  }
}

function storedProblem(problem: RecordProblem): StoredProblem {
  return { record: problem.recordId, field: problem.field, problem: problem.message };
}

function ingestRun(row: IngestRunRow): IngestRun {
  return {
    runId: String(row.id),
    kind: row.kind as IngestKind,
    source: row.source,
    added: row.added,
    changed: row.changed,
    unchanged: row.unchanged,
    rejected: row.rejected,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
  };
}
