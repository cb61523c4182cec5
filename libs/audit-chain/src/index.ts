export { GENESIS_HASH, type AuditEntry, type AuditEntryFields } from './audit-entry';
export { AUDIT_COLUMNS, auditEntryFromRow, type AuditRow } from './audit-row';
export { chainJson } from './chain-json';
export { AuditChainVerifier, verifyAuditChain, type AuditChainBreak, type AuditChainReport } from './chain-verifier';
export { auditEntryHash, nextAuditEntry, stateHash, type AuditWrite } from './entry-hash';
export { sm3 } from './sm3';
