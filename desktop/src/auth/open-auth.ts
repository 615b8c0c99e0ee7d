import { closeSqlite } from '../log/sqlite';
import { openAuthDb } from './auth-db';
import { PairingCodes } from './pairing-codes';
import { TokenStore, type AuthOptions } from './token-store';

/** Tokens and pairing over one connection to `<dataDir>/auth.db`, as the gateway holds them. */
export function openAuth(dataDir: string, options: AuthOptions = {}): { tokens: TokenStore; pairing: PairingCodes; close: () => void } {
  const db = openAuthDb(dataDir);
  return { tokens: new TokenStore(db, options), pairing: new PairingCodes(db, options), close: () => closeSqlite(db) };
}
