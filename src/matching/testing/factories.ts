import { Listing } from '../../listings/index.js';
import { Recall, type RecallInput, type RecallProduct } from '../../recalls/index.js';

/** A recall with one product and only what a test names; everything else defaulted. */
export function recallOf(id: string, product: Partial<RecallProduct> & { name: string }, extra: Partial<RecallInput> = {}): Recall {
  return Recall.parse({ id, source: id.split(':')[0], title: `${product.name} recall`, publishedAt: '2025-06-12', products: [product], ...extra });
}

/** A listing from a title and any other fields. */
export function listingOf(title: string, extra: Partial<Listing> = {}): Listing {
  return Listing.parse({ id: extra.id ?? title.slice(0, 40), title, ...extra });
}
