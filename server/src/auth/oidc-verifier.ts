import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import type { Principal, Role } from './principal';

export interface OidcOptions {
  issuer: string;
  audience: string;
  /** Claim holding the caller's groups (string or array); default `groups`. */
  groupsClaim?: string;
  adminGroups?: readonly string[];
  approverGroups?: readonly string[];
  /** JWKS URL; discovered from the issuer's metadata when absent. */
  jwksUri?: string;
  /** The admin UI's public client at the IdP: with it, people sign in to the UI with the IdP (code + PKCE). */
  uiClientId?: string;
}

/** How far the identity provider's clock may be from ours, in seconds, for `exp`, `nbf` and `iat`. */
export const OIDC_CLOCK_SKEW_SECONDS = 60;

export class OidcTokenError extends Error {
  readonly code = 'oidc_token_invalid';
}

/**
 * Verifies bearer JWTs from the org's identity provider: signature against its JWKS, issuer, audience and
 * expiry (jose), then maps the groups claim to roles. A valid token without an admin or approver group has no role.
 * A token without `exp` is refused: it would be a credential that never expires.
 */
export class OidcVerifier {
  #jwks: ReturnType<typeof createRemoteJWKSet> | undefined;
  readonly #groupsClaim: string;
  readonly #admin: ReadonlySet<string>;
  readonly #approver: ReadonlySet<string>;

  constructor(
    readonly options: OidcOptions,
    private readonly now: () => number = Date.now,
  ) {
    this.#groupsClaim = options.groupsClaim ?? 'groups';
    this.#admin = new Set(options.adminGroups ?? ['promptgate-admins']);
    this.#approver = new Set(options.approverGroups ?? ['promptgate-approvers']);
  }

  async verify(token: string): Promise<Principal> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, await this.#keySet(), {
        issuer: this.options.issuer,
        audience: this.options.audience,
        requiredClaims: ['exp'],
        clockTolerance: OIDC_CLOCK_SKEW_SECONDS,
        currentDate: new Date(this.now()),
      }));
    } catch (error) {
      throw new OidcTokenError(`token refused: ${(error as Error).message}`);
    }
    const claim = payload[this.#groupsClaim];
    const groups = typeof claim === 'string' ? [claim] : Array.isArray(claim) ? claim.filter((g): g is string => typeof g === 'string') : [];
    const roles = new Set<Role>();
    if (groups.some((g) => this.#admin.has(g))) roles.add('admin');
    if (groups.some((g) => this.#approver.has(g))) roles.add('approver');
    const name = [payload['email'], payload['preferred_username'], payload.sub].find((v): v is string => typeof v === 'string' && v.length > 0) ?? 'unknown';
    return { name, roles, via: 'oidc' };
  }

  async #keySet() {
    if (this.#jwks) return this.#jwks;
    let uri = this.options.jwksUri;
    if (!uri) {
      const response = await fetch(new URL('.well-known/openid-configuration', this.options.issuer.replace(/\/?$/, '/')));
      if (!response.ok) throw new OidcTokenError(`issuer metadata: HTTP ${response.status}`);
      const metadata = (await response.json()) as { jwks_uri?: unknown };
      if (typeof metadata.jwks_uri !== 'string') throw new OidcTokenError('issuer metadata has no jwks_uri');
      uri = metadata.jwks_uri;
    }
    this.#jwks = createRemoteJWKSet(new URL(uri));
    return this.#jwks;
  }
}
