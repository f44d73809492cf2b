export { appendEntry, AuditEntry, AuditHash, AuditRecord, chainEntry, GENESIS_HASH, type NewAuditEntry } from './audit-entry.js';
export { ChainProblem, verifyChain, type ChainAnchor, type VerifyOptions, type VerifyResult } from './verify-chain.js';
