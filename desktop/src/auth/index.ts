export { TokenStore, type TokenInfo, type AuthOptions } from './token-store';
export { PairingCodes, type RedeemOutcome, PAIRING_CODE_TTL_MS, PAIRING_FAILURE_LIMIT, PAIRING_FAILURE_WINDOW_MS } from './pairing-codes';
export { openAuth } from './open-auth';
export { TOKEN_KINDS, claimedKind, type TokenKind } from './token-format';
export { AuthError, TokenNameTakenError, InvalidTokenNameError, PairingError, type PairingErrorCode } from './errors';
