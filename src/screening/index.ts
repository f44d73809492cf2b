export { sweepRecall, sweepStatus, type SweepOptions, type SweepStatus } from './recall-sweep.js';
export { ScreeningService, type ListingIngestOutcome, type RecallIngestOutcome } from './screening-service.js';
