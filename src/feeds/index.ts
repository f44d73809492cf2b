export type { ConversionResult, FeedAdapter, FeedRecord } from './feed-adapter.js';
export {
  FEED_ADAPTERS,
  detectFeedAdapter,
  readRecallDocument,
  readRecallFiles,
  type FileReadSummary,
  type RecallReadResult,
} from './feed-registry.js';
export { cpscApiAdapter } from './cpsc/cpsc-api-adapter.js';
export { CpscApiProduct, CpscApiRecord } from './cpsc/cpsc-api-record.js';
export { cpscSportsAdapter, CpscSportsRecord } from './cpsc/cpsc-sports-adapter.js';
export { cpscUsagovAdapter, CpscUsagovRecord } from './cpsc/cpsc-usagov-adapter.js';
export { cpscCompactAdapter, CpscCompactRow, compactSlug } from './cpsc/cpsc-compact-adapter.js';
export { cpscRssAdapter, CpscRssItem } from './cpsc/cpsc-rss-adapter.js';
export { safetyGateAdapter } from './eu-safety-gate/safety-gate-adapter.js';
export { SafetyGateRecord, safetyGateKey } from './eu-safety-gate/safety-gate-record.js';
export { recallguardAdapter, RECALLGUARD_FORMAT } from './recallguard/recallguard-adapter.js';
export { extractProductIdentifiers, type ProductIdentifiers } from './cpsc/description-extractor.js';
export { extractBrands, cleanCompanyName, type BrandSources } from './cpsc/brand-extractor.js';
export { parseCpscTitle, titleFromSlug, type CpscTitleParts } from './cpsc/cpsc-title.js';
export { parseDatePeriod } from './shared/date-period.js';
export { toIsoDate } from './shared/feed-dates.js';
