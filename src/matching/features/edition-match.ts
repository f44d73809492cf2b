import type { Feature } from '../algorithm.js';
import type { ListingView } from '../listing-view.js';
import type { ProductView } from '../product-view.js';
import { disjoint, editionFacets, type EditionFacets } from './edition-facets.js';
import { listingText, productText } from './pair-text.js';

type Facet = keyof EditionFacets;

const listingFacets = new WeakMap<ListingView, EditionFacets>();
const productFacets = new WeakMap<ProductView, EditionFacets>();

function facetsOf(listing: ListingView, product: ProductView): [EditionFacets, EditionFacets] {
  let listed = listingFacets.get(listing);
  if (listed === undefined) {
    listed = editionFacets(listingText(listing).title);
    listingFacets.set(listing, listed);
  }
  let recalled = productFacets.get(product);
  if (recalled === undefined) {
    recalled = editionFacets(productText(product).title);
    productFacets.set(product, recalled);
  }
  return [listed, recalled];
}

const shown = (values: ReadonlySet<string>): string => [...values].join('/');

/** A feature firing when both titles state a facet and share none of its values. */
function conflictFeature(name: string, facet: Facet, what: string, examples: string): Feature {
  return {
    name,
    description: `Negative evidence: both titles state ${what} and they share none (${examples}).`,
    compare(listing, product) {
      const [listed, recalled] = facetsOf(listing, product);
      if (!disjoint(listed[facet], recalled[facet])) return undefined;
      return { score: 1, detail: `listing ${shown(listed[facet])}, product ${shown(recalled[facet])}` };
    },
  };
}

export const versionConflict = conflictFeature('version_conflict', 'versions', 'a version, year or licence count', 'cs3 vs cs4, 2007 vs 2008, 1 year vs 3 years');
export const platformConflict = conflictFeature('platform_conflict', 'platforms', 'a platform', 'mac vs win');
export const licenseConflict = conflictFeature('license_conflict', 'licenses', 'a licence kind', 'upgrade vs full, academic vs OEM');
export const tierConflict = conflictFeature('tier_conflict', 'tiers', 'an edition tier', 'pro vs standard, premium vs deluxe');
export const colourConflict = conflictFeature('colour_conflict', 'colours', 'a colour or finish', 'black vs white, stainless vs bisque');

/**
 * Both titles state the same version or year (`cs3`, `2007`, `9`): the positive counterpart of `version_conflict`.
 * @example versionAgreement.compare(viewListing(listingOf('Quicken 2007 for Mac')), productNamed('Quicken 2007 deluxe'), context)?.score // 1
 */
export const versionAgreement: Feature = {
  name: 'version_agreement',
  description: 'Both titles state a version, year or licence count and at least one is the same (cs3 and cs3, 2007 and 2007).',
  compare(listing, product) {
    const [listed, recalled] = facetsOf(listing, product);
    const shared = [...listed.versions].filter((value) => recalled.versions.has(value));
    if (shared.length === 0) return undefined;
    return { score: 1, detail: `both say ${shared.join(', ')}` };
  },
};

/**
 * Negative evidence: one title sells a special licence (upgrade, academic, OEM) and the other names none.
 * @example licenseOneSided.compare(viewListing(listingOf('Photoshop CS3 [Mac]')), productNamed('Photoshop CS3 upgrade mac'), context)?.score // 1
 */
export const licenseOneSided: Feature = {
  name: 'license_one_sided',
  description: 'Negative evidence: one title names a special licence (upgrade, academic, OEM) and the other names no licence kind at all.',
  compare(listing, product) {
    const [listed, recalled] = facetsOf(listing, product);
    const special = (values: ReadonlySet<string>): boolean => values.size > 0 && !(values.size === 1 && values.has('full'));
    if (special(listed.licenses) && recalled.licenses.size === 0) return { score: 1, detail: `only the listing says ${shown(listed.licenses)}` };
    if (special(recalled.licenses) && listed.licenses.size === 0) return { score: 1, detail: `only the product says ${shown(recalled.licenses)}` };
    return undefined;
  },
};
