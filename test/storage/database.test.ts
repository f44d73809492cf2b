import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecallguardError } from '../../src/errors/index.js';
import { createDatabase, databaseEngine } from '../../src/storage/index.js';
import { DIALECTS, type TestDatabase } from './dialects.js';

interface ProductTable {
  id: number;
  name: string;
  brand: string | null;
}

interface DB {
  product: ProductTable;
}

async function createProductTable(handle: TestDatabase<DB>): Promise<void> {
  await handle.db.schema
    .createTable('product')
    .addColumn('id', 'integer', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('brand', 'text')
    .execute();
}

async function productNames(handle: TestDatabase<DB>): Promise<string[]> {
  const rows = await handle.db.selectFrom('product').select('name').orderBy('id').execute();
  return rows.map((row) => row.name);
}

describe.each(DIALECTS)('database on $name', (dialect) => {
  let handle: TestDatabase<DB>;

  // The first PGlite start in a process compiles WebAssembly, slow on a busy machine.
  beforeEach(async () => {
    handle = await dialect.open<DB>(['pg_trgm']);
    await createProductTable(handle);
  }, 60_000);

  afterEach(async () => {
    await handle.drop();
  });

  it('creates the table inside its own schema', async () => {
    const { rows } = await sql<{ schema: string }>`
      select table_schema as schema from information_schema.tables where table_name = 'product'
        and table_schema = ${handle.schema}`.execute(handle.db);
    expect(rows).toEqual([{ schema: handle.schema }]);
  });

  it('inserts, counts affected rows and selects', async () => {
    const inserted = await handle.db
      .insertInto('product')
      .values([
        { id: 1, name: 'Portable Power Station', brand: 'Goal Zero' },
        { id: 2, name: 'Hockey Visor', brand: null },
      ])
      .executeTakeFirstOrThrow();
    expect(inserted.numInsertedOrUpdatedRows).toBe(2n);

    const updated = await handle.db.updateTable('product').set({ brand: 'CCM' }).where('id', '=', 2).executeTakeFirst();
    expect(updated.numUpdatedRows).toBe(1n);

    const row = await handle.db.selectFrom('product').selectAll().where('id', '=', 2).executeTakeFirstOrThrow();
    expect(row).toEqual({ id: 2, name: 'Hockey Visor', brand: 'CCM' });
  });

  it('keeps what a committed transaction wrote', async () => {
    await handle.db.transaction().execute(async (trx) => {
      await trx.insertInto('product').values({ id: 1, name: 'Tea Lights', brand: null }).execute();
      await trx.insertInto('product').values({ id: 2, name: 'Mattress', brand: null }).execute();
    });
    expect(await productNames(handle)).toEqual(['Tea Lights', 'Mattress']);
  });

  it('discards what a transaction wrote when its callback throws', async () => {
    await handle.db.insertInto('product').values({ id: 1, name: 'Bicycle Fork', brand: null }).execute();
    const attempt = handle.db.transaction().execute(async (trx) => {
      await trx.insertInto('product').values({ id: 2, name: 'Space Heater', brand: null }).execute();
      throw new RecallguardError('RG_ERR_INTERNAL', 'stop here');
    });
    await expect(attempt).rejects.toThrow('stop here');
    expect(await productNames(handle)).toEqual(['Bicycle Fork']);
  });

  it('passes a database error through and leaves the transaction rolled back', async () => {
    const attempt = handle.db.transaction().execute(async (trx) => {
      await trx.insertInto('product').values({ id: 1, name: 'First', brand: null }).execute();
      await trx.insertInto('product').values({ id: 1, name: 'Duplicate Id', brand: null }).execute();
    });
    await expect(attempt).rejects.toThrow(/duplicate key/);
    expect(await productNames(handle)).toEqual([]);
  });

  it('rolls back to a savepoint inside a controlled transaction', async () => {
    const trx = await handle.db.startTransaction().execute();
    await trx.insertInto('product').values({ id: 1, name: 'Kept', brand: null }).execute();
    const inner = await trx.savepoint('before_second').execute();
    await inner.insertInto('product').values({ id: 2, name: 'Undone', brand: null }).execute();
    const outer = await inner.rollbackToSavepoint('before_second').execute();
    await outer.commit().execute();
    expect(await productNames(handle)).toEqual(['Kept']);
  });

  it('runs concurrent queries without interleaving them into a transaction', async () => {
    const inTransaction = handle.db.transaction().execute(async (trx) => {
      await trx.insertInto('product').values({ id: 1, name: 'Inside', brand: null }).execute();
      throw new RecallguardError('RG_ERR_INTERNAL', 'abort on purpose');
    });
    const outside = handle.db.insertInto('product').values({ id: 2, name: 'Outside', brand: null }).execute();
    await expect(inTransaction).rejects.toThrow('abort on purpose');
    await outside;
    expect(await productNames(handle)).toEqual(['Outside']);
  });

  it('ranks names by pg_trgm similarity()', async () => {
    await handle.db
      .insertInto('product')
      .values([
        { id: 1, name: 'YETI 3000X Portable Power Station', brand: 'Goal Zero' },
        { id: 2, name: 'Carbon Fiber Bicycle Fork', brand: 'Ritchey' },
        { id: 3, name: 'Mini Waterproof LED Tea Lights', brand: 'JINHEZO' },
      ])
      .execute();
    const { rows } = await sql<{ name: string; score: number }>`
      select name, similarity(name, ${'yeti 3000x power station'}) as score
      from product where name % ${'yeti 3000x power station'} order by score desc`.execute(handle.db);
    expect(rows.map((row) => row.name)).toEqual(['YETI 3000X Portable Power Station']);
    expect(rows[0]?.score).toBeGreaterThan(0.5);
  });
});

describe('createDatabase options', () => {
  it('picks the engine from the URL', () => {
    expect(databaseEngine({})).toBe('pglite');
    expect(databaseEngine({ dataDir: '/tmp/x' })).toBe('pglite');
    expect(databaseEngine({ url: 'postgres://localhost/db' })).toBe('postgres');
  });

  it('rejects a URL that is not PostgreSQL, an unsafe schema name and an unknown extension', () => {
    expect(() => createDatabase({ url: 'mysql://root:secret@localhost/db' })).toThrow(RecallguardError);
    expect(() => createDatabase({ schema: 'x; drop table y' })).toThrow(/Invalid schema name/);
    expect(() => createDatabase({ extensions: ['postgis' as 'pg_trgm'] })).toThrow(/Unsupported database extension/);
  });

  it('keeps PGlite data in dataDir across a close and a reopen', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'rg-pglite-'));
    try {
      const first = createDatabase<DB>({ dataDir });
      await first.schema.createTable('product').addColumn('id', 'integer').addColumn('name', 'text').addColumn('brand', 'text').execute();
      await first.insertInto('product').values({ id: 7, name: 'Persisted', brand: null }).execute();
      await first.destroy();
      const second = createDatabase<DB>({ dataDir });
      try {
        expect(await second.selectFrom('product').select(['id', 'name']).execute()).toEqual([{ id: 7, name: 'Persisted' }]);
      } finally {
        await second.destroy();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('reports that streaming is unsupported on PGlite with a coded error', async () => {
    const db = createDatabase<DB>();
    try {
      const rows = db.selectNoFrom(sql<number>`1`.as('one')).stream();
      await expect(rows.next()).rejects.toMatchObject({ code: 'RG_ERR_INTERNAL' });
      const after = await db.selectNoFrom(sql<number>`2`.as('two')).executeTakeFirstOrThrow();
      expect(after).toEqual({ two: 2 });
    } finally {
      await db.destroy();
    }
  }, 60_000);
});
