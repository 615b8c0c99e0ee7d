// oidc-provider ships no types; this declares only what the test IdP uses.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface ProviderConfiguration {
    clients?: Array<Record<string, unknown>>;
    jwks?: { keys: Array<Record<string, unknown>> };
    ttl?: Record<string, number>;
    features?: Record<string, unknown>;
    extraTokenClaims?: (ctx: unknown, token: { clientId?: string; accountId?: string }) => Record<string, unknown> | Promise<Record<string, unknown>>;
    findAccount?: (ctx: unknown, sub: string) => { accountId: string; claims: () => Record<string, unknown> } | undefined;
    claims?: Record<string, string[]>;
    pkce?: { required: () => boolean };
    clientBasedCORS?: (ctx: unknown, origin: string, client: unknown) => boolean;
    cookies?: { keys: string[] };
  }

  export default class Provider {
    constructor(issuer: string, configuration?: ProviderConfiguration);
    callback(): (request: IncomingMessage, response: ServerResponse) => void;
    /** The client-credentials token model; its lifetime can be replaced. */
    ClientCredentials: { expiresIn: (...args: unknown[]) => number | undefined };
  }
}
