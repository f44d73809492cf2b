import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { RecallguardError } from '../errors/index.js';
import { openStore, type DatabaseOptions, type Store } from '../storage/index.js';
import type { CliIo } from './cli-io.js';

/** The folder for recallguard's files: `$RECALLGUARD_DATA_DIR` or `./.recallguard`. */
export function dataDir(io: CliIo): string {
  return io.env['RECALLGUARD_DATA_DIR'] ?? '.recallguard';
}

/** Where the store lives: the server in `$DATABASE_URL`, else embedded PGlite under the data folder. */
export function storeLocation(io: CliIo): DatabaseOptions {
  const url = io.env['DATABASE_URL'];
  const schema = io.env['RECALLGUARD_DATABASE_SCHEMA'];
  if (url) return { url, ...(schema ? { schema } : {}) };
  return { dataDir: join(dataDir(io), 'db') };
}

/** A description of the store for messages, without credentials. */
export function describeStore(location: DatabaseOptions): string {
  return location.url ? `PostgreSQL ${location.url.replace(/\/\/[^@/]*@/, '//***@')}` : `PGlite in ${location.dataDir}`;
}

/**
 * Opens the store for one command and closes it afterwards. The embedded engine's folder is locked: PGlite
 * serves one process, so a second one (a CLI command while `serve` runs) gets a clear error instead of a
 * damaged database.
 * @example await withStore(io, async (store) => store.recalls.count());
 */
export async function withStore<T>(io: CliIo, work: (store: Store) => Promise<T>): Promise<T> {
  const held = await holdStore(io);
  try {
    return await work(held.store);
  } finally {
    await held.release();
  }
}

/** Opens and locks the store until `release()`: for long-running commands such as `serve`. */
export async function holdStore(io: CliIo): Promise<{ readonly store: Store; readonly location: DatabaseOptions; release(): Promise<void> }> {
  const location = storeLocation(io);
  const unlock = location.dataDir ? await lockFolder(location.dataDir) : async () => undefined;
  let store: Store;
  try {
    store = await openStore(location);
  } catch (error) {
    await unlock();
    throw error;
  }
  return {
    store,
    location,
    async release() {
      try {
        await store.close();
      } finally {
        await unlock();
      }
    },
  };
}

async function lockFolder(folder: string): Promise<() => Promise<void>> {
  await mkdir(folder, { recursive: true });
  try {
    return await lockfile.lock(folder, { lockfilePath: join(folder, '..', 'db.lock'), retries: 0 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new RecallguardError('RG_ERR_STORE_BUSY', `The database in ${folder} is in use by another recallguard process`, { cause: error });
    }
    throw error;
  }
}
