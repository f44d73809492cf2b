import type { Transaction } from 'kysely';
import { compareFingerprints, Fingerprint, fingerprintKeys, fingerprintListing } from '../relisting/index.js';
import type { Database, Store, StoredCase, StoredListing } from '../storage/index.js';

export interface RelistingHit {
  /** The removed listing's case. */
  readonly caseId: string;
  readonly listing: StoredListing;
  readonly reasons: readonly string[];
}

interface Remembered {
  readonly caseId: string;
  readonly fingerprint: Fingerprint;
}

/** Removed fingerprints by lookup key (GTIN, model key, image, seller): a new listing is compared with few. */
type RememberedIndex = ReadonlyMap<string, readonly Remembered[]>;

/**
 * Remembers the fingerprints of removed listings and recognises them when they come back under another id,
 * title or seller account. The fingerprints are held in memory, loaded once and kept current by `remember`.
 * @example const hits = await guard.find(changedListings);
 */
export class RelistingGuard {
  private remembered: Promise<RememberedIndex> | undefined;

  constructor(private readonly store: Store) {}

  async remember(trx: Transaction<Database>, removed: StoredCase, stored: StoredListing): Promise<void> {
    const fingerprint = fingerprintListing(stored.listing);
    await this.store.takedownMemory.rememberRemoved(trx, { caseId: removed.caseId, marketplace: removed.marketplace, id: removed.id, seller: stored.listing.seller ?? null, fingerprint });
    this.remembered = undefined;
  }

  async find(listings: readonly StoredListing[]): Promise<RelistingHit[]> {
    const remembered = await this.load();
    if (remembered.size === 0) return [];
    const hits: RelistingHit[] = [];
    for (const listing of listings) {
      const fingerprint = fingerprintListing(listing.listing);
      const candidates = new Set(fingerprintKeys(fingerprint).flatMap((key) => remembered.get(key) ?? []));
      for (const removed of candidates) {
        const comparison = compareFingerprints(fingerprint, removed.fingerprint);
        if (comparison.relisted) {
          hits.push({ caseId: removed.caseId, listing, reasons: comparison.reasons.map((reason) => `${reason.feature}: ${reason.detail}`) });
          break;
        }
      }
    }
    return hits;
  }

  private load(): Promise<RememberedIndex> {
    this.remembered ??= this.store.takedownMemory.removed().then((rows) => {
      const index = new Map<string, Remembered[]>();
      for (const row of rows) {
        const entry = { caseId: row.caseId, fingerprint: Fingerprint.parse(row.fingerprint) };
        for (const key of fingerprintKeys(entry.fingerprint)) {
          const list = index.get(key);
          if (list) list.push(entry);
          else index.set(key, [entry]);
        }
      }
      return index;
    });
    return this.remembered;
  }
}
