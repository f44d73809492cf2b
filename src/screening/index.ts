export { sweepRecall, sweepStatus, type SweepOptions, type SweepStatus } from './recall-sweep.js';
export { ScreeningService, type ListingIngestOutcome, type RecallIngestOutcome, type ScreeningListener, type ScreeningServiceOptions } from './screening-service.js';
