import { createHash } from 'node:crypto';
import type { ApiRole } from '../storage/index.js';

/** Who is calling: the API key's id and role. */
export interface Principal {
  readonly keyId: string;
  readonly role: ApiRole;
}

export interface KeyVerifierOptions {
  /** How long a successful verification is trusted; a key revoked meanwhile keeps working until then. */
  readonly ttlMs: number;
  /** Entries kept at most; the oldest goes first. */
  readonly maxEntries: number;
  readonly now?: () => number;
}

type Verify = (key: string) => Promise<{ readonly id: string; readonly role: ApiRole } | undefined>;

/**
 * Verifies API keys through the store, remembering successful verifications for `ttlMs`: scrypt is slow on
 * purpose and must not run on every request. Entries are keyed by the SHA-256 of the key, so the secrets
 * themselves are not kept in memory. Failures are not remembered: a key created a moment ago works at once.
 * @example const verifier = new KeyVerifier((key) => store.apiKeys.verify(key), { ttlMs: 30_000, maxEntries: 10_000 });
 */
export class KeyVerifier {
  private readonly verified = new Map<string, { readonly principal: Principal; readonly expiresAt: number }>();
  private readonly pending = new Map<string, Promise<Principal | undefined>>();
  private readonly now: () => number;

  constructor(
    private readonly verify: Verify,
    private readonly options: KeyVerifierOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  async principalOf(key: string): Promise<Principal | undefined> {
    const digest = createHash('sha256').update(key).digest('base64');
    const cached = this.verified.get(digest);
    if (cached && cached.expiresAt > this.now()) return cached.principal;
    if (cached) this.verified.delete(digest);
    // Concurrent first requests with one key share a single scrypt run.
    let verifying = this.pending.get(digest);
    if (!verifying) {
      verifying = this.verifyAndRemember(key, digest).finally(() => this.pending.delete(digest));
      this.pending.set(digest, verifying);
    }
    return verifying;
  }

  /** Forgets every verification, e.g. right after revoking a key. */
  clear(): void {
    this.verified.clear();
  }

  private async verifyAndRemember(key: string, digest: string): Promise<Principal | undefined> {
    const found = await this.verify(key);
    if (!found) return undefined;
    const principal = { keyId: found.id, role: found.role };
    if (this.options.ttlMs > 0) {
      if (this.verified.size >= this.options.maxEntries) this.verified.delete(this.verified.keys().next().value as string);
      this.verified.set(digest, { principal, expiresAt: this.now() + this.options.ttlMs });
    }
    return principal;
  }
}
