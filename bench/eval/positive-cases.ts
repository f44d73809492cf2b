import type { Recall } from '../../src/recalls/index.js';
import { applicableEvasions } from '../lib/evasions.js';
import type { Rng } from '../lib/prng.js';
import { recallListing } from '../lib/recall-listing.js';
import type { NextId, SuiteCase } from './suite-case.js';

/**
 * One listing of the recalled product per evasion that can disguise it, each from the same honest listing
 * (the bench's generators): the verbatim listing, model reformatted, homoglyphs, full-width, zero-width,
 * spaced letters, brand omitted, Chinese title, barcode only, renamed, where each is meaningful.
 * @example const cases = positiveCases(recall, 0, new Rng(1), idSequence('eval-'));
 */
export function positiveCases(recall: Recall, productIndex: number, rng: Rng, nextId: NextId): SuiteCase[] {
  const { listing, target } = recallListing(recall, productIndex, rng, 'base');
  return applicableEvasions(target).map((evasion) => ({
    listing: { ...evasion.apply(listing, target, rng), id: nextId() },
    kind: evasion.name,
    positive: true,
    recallId: recall.id,
    origin: 'generated',
  }));
}
