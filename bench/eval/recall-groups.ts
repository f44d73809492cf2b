import type { Recall } from '../../src/recalls/index.js';
import { modelKey, normalizeGtin } from '../../src/normalize/index.js';

const SLUG = /\/Recalls\/(\d{4})\/([^/?#]+)/i;

/** The recall notice's address as `year/words-of-the-slug`, the same for every file that carries it. */
function slugKey(recall: Recall): string | undefined {
  const match = SLUG.exec(recall.url ?? '') ?? SLUG.exec(`/Recalls/${recall.id.replace(/^[^:]+:/, '')}`);
  if (!match) return undefined;
  let words = match[2] as string;
  try {
    words = decodeURIComponent(words);
  } catch {
    // A stray "%" in a slug: compare it as written.
  }
  const normalised = words.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return normalised ? `${match[1]}/${normalised}` : undefined;
}

/** Identifiers of a recall's products that another file's record of the same recall would share. */
function identifiers(recall: Recall): string[] {
  const keys: string[] = [];
  for (const product of recall.products) {
    for (const raw of product.modelNumbers) {
      const key = modelKey(raw);
      if (key.length >= 4 && /\d/.test(key)) keys.push(`m:${key}`);
    }
    for (const raw of product.gtins) {
      const gtin = normalizeGtin(raw);
      if (gtin) keys.push(`g:${gtin}`);
    }
  }
  return keys;
}

/**
 * Which recall records are the same recall. The reference corpus holds many recalls twice (the compact list
 * of every recall, and the sports or usa.gov file under its recall number); a match on either record is
 * right. Records are the same when their notices share an address slug, or when they were published the same
 * day and share a model number or a barcode.
 * @example new RecallGroups(recalls).same('cpsc:26696', 'cpsc:2026/Ritchey-Design-Recalls-Carbon-Bicycle-Forks-…') // true
 */
export class RecallGroups {
  private readonly parent = new Map<string, string>();
  private byRoot?: Map<string, string[]>;

  constructor(recalls: readonly Recall[]) {
    const firstBy = new Map<string, string>();
    for (const recall of recalls) {
      this.parent.set(recall.id, recall.id);
      const slug = slugKey(recall);
      const keys = [...(slug ? [`s:${slug}`] : []), ...identifiers(recall).map((key) => `${recall.publishedAt}|${key}`)];
      for (const key of keys) {
        const first = firstBy.get(key);
        if (first === undefined) firstBy.set(key, recall.id);
        else this.union(first, recall.id);
      }
    }
  }

  private find(id: string): string {
    let root = id;
    while (this.parent.get(root) !== root && this.parent.has(root)) root = this.parent.get(root) as string;
    for (let node = id; node !== root; ) {
      const next = this.parent.get(node) as string;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  private union(a: string, b: string): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) this.parent.set(rootB, rootA);
  }

  /** The group's representative id; an unknown id is its own group. */
  groupOf(id: string): string {
    return this.parent.has(id) ? this.find(id) : id;
  }

  /** Every id of the group (the id itself when it is alone or unknown). */
  members(id: string): readonly string[] {
    if (!this.parent.has(id)) return [id];
    if (!this.byRoot) {
      this.byRoot = new Map();
      for (const other of this.parent.keys()) {
        const root = this.find(other);
        const list = this.byRoot.get(root);
        if (list) list.push(other);
        else this.byRoot.set(root, [other]);
      }
    }
    return this.byRoot.get(this.find(id)) ?? [id];
  }

  /** Whether two ids are records of one recall. */
  same(a: string, b: string): boolean {
    return a === b || this.groupOf(a) === this.groupOf(b);
  }
}
