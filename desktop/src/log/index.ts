export { SessionLog, type SessionLogOptions } from './session-log';
export { loadValueHasher, createValueHasher, type ValueHasher } from './value-hash';
export { DATA_FILES, ensureDataDir } from './data-dir';
export { GENESIS_HASH, eventHash, type ChainedFields } from './chain';
export { canonicalJson } from './canonical-json';
export type { ExportedEvent } from './export-jsonl';
export { SessionLogError, InvalidEventError, EventIdConflictError, InvalidArgumentError, LogClosedError, LogUnavailableError, type LogFault } from './errors';
export { SchemaTooNewError } from './migrations';
export * from './types';
