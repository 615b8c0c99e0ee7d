import type { JWK } from 'jose';

/** `typ` of a key endorsement: a JWS, signed by the retiring key, whose payload is an `EndorsementPayload`. */
export const ENDORSEMENT_TYPE = 'promptgate-key-endorsement+jws';

export interface EndorsementPayload {
  jwk: JWK;
  endorsedAt: number;
  /**
   * Set when the retiring key was stolen: gateways refuse anything that key signs from now on, and lower the
   * newest version they accept to `versionFloor`, so honest versions are not refused as older than a forged one.
   */
  compromised?: { kid: string; versionFloor: number };
}
