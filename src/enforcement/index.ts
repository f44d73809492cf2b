export { CaseView, caseView } from './case-view.js';
export { verifyStoredTrail } from './audit-verification.js';
export { reviewerPairs } from './reviewer-pairs.js';
export { DEFAULT_POLICY, PriorityEntry, PriorityList, SourcePolicyInput, TakedownMode } from './enforcement-policy.js';
export { startEnforcementLoop, type EnforcementLoopOptions } from './enforcement-loop.js';
export { EnforcementService, REPEAT_SELLER_TAKEDOWNS, type Actor, type EnforcementOptions } from './enforcement-service.js';
export { dispatchOutbox, type DispatchOptions, type DispatchOutcome } from './outbox-dispatcher.js';
export { complianceReportFromStore } from './store-report.js';
