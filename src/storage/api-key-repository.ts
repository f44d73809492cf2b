import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from './schema.js';

/** What a key may do: admin everything, integration screens and uploads, reviewer works matches, regulator reads. */
export const ApiRole = z.enum(['admin', 'integration', 'reviewer', 'regulator']);
export type ApiRole = z.infer<typeof ApiRole>;

export interface CreatedApiKey {
  readonly id: string;
  /** The secret, shown once: only its scrypt hash is stored. */
  readonly key: string;
  readonly role: ApiRole;
}

export interface ApiKeyInfo {
  readonly id: string;
  readonly role: ApiRole;
  readonly label: string | null;
  readonly createdAt: Date;
  readonly revokedAt: Date | null;
}

const KEY_PREFIX = 'rg';
const SCRYPT = { N: 16_384, r: 8, p: 1, keyLength: 32 } as const;

function scryptHash(secret: string, salt: Buffer, options: ScryptOptions = SCRYPT, keyLength: number = SCRYPT.keyLength): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, keyLength, options, (error, derived) => (error ? reject(error) : resolve(derived)));
  });
}

/**
 * API keys `rg_<id>_<secret>`: the id finds the row, the secret is checked against its scrypt hash
 * (salted, compared in constant time). A revoked key never verifies.
 * @example const { key } = await keys.create('integration'); (await keys.verify(key))?.role
 */
export class ApiKeyRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(role: ApiRole, label?: string): Promise<CreatedApiKey> {
    const id = randomBytes(6).toString('hex');
    const secret = randomBytes(24).toString('base64url');
    const salt = randomBytes(16);
    const hash = await scryptHash(secret, salt);
    const stored = `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
    await this.db.insertInto('apiKey').values({ id, role, label: label ?? null, hash: stored }).execute();
    return { id, key: `${KEY_PREFIX}_${id}_${secret}`, role };
  }

  /** The key's id and role, or undefined for an unknown, malformed, wrong or revoked key. */
  async verify(key: string): Promise<{ readonly id: string; readonly role: ApiRole } | undefined> {
    const match = /^rg_([0-9a-f]{12})_([A-Za-z0-9_-]{32})$/.exec(key);
    if (!match) return undefined;
    const [, id, secret] = match as unknown as [string, string, string];
    const row = await this.db.selectFrom('apiKey').select(['role', 'hash', 'revokedAt']).where('id', '=', id).executeTakeFirst();
    if (!row || row.revokedAt !== null) return undefined;
    const [scheme, n, r, p, salt, hash] = row.hash.split('$');
    if (scheme !== 'scrypt' || salt === undefined || hash === undefined) return undefined;
    const expected = Buffer.from(hash, 'base64');
    const options = { N: Number(n), r: Number(r), p: Number(p) };
    const actual = await scryptHash(secret, Buffer.from(salt, 'base64'), options, expected.length);
    return actual.length === expected.length && timingSafeEqual(actual, expected) ? { id, role: ApiRole.parse(row.role) } : undefined;
  }

  async revoke(id: string): Promise<boolean> {
    const result = await this.db.updateTable('apiKey').set({ revokedAt: new Date() }).where('id', '=', id).where('revokedAt', 'is', null).executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async list(): Promise<ApiKeyInfo[]> {
    const rows = await this.db.selectFrom('apiKey').select(['id', 'role', 'label', 'createdAt', 'revokedAt']).orderBy('createdAt').execute();
    return rows.map((row) => ({ ...row, role: ApiRole.parse(row.role) }));
  }
}
