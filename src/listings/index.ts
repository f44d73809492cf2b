export { Listing } from './listing-schema.js';
export { toListingItem, type ListingReadItem } from './listing-record.js';
export { checkListingsInput, readListings, readListingBatches, detectListingFormat, LISTING_FORMATS, type ListingFormat, type ReadListingsOptions } from './listing-reader.js';
export { csvRowToListing, LISTING_CSV_OPTIONS } from './csv-listing.js';
