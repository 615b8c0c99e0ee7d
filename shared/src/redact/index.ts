export { placeholderType, formatPlaceholder, placeholderPattern, echoedPlaceholderPattern } from './placeholder';
export { Vault, DEFAULT_MAX_VAULT_ENTRIES, type VaultOptions, type VaultSummary } from './vault';
export { VaultStore, type VaultStoreOptions } from './vault-store';
export { RedactError, type RedactErrorCode } from './errors';
export { redact, type Replacement, type RedactOptions, type RedactResult } from './redact';
export { restore } from './restore';
export { createStreamRestorer, type StreamRestorer } from './stream-restore';
export { maskForLog } from './mask';
export { maskedPreview } from './preview';
