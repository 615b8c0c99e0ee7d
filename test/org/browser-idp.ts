import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';
import { SERVER_AUDIENCE } from './idp';

/** The admin UI's client at the test IdP: public (no secret), code flow, PKCE required. */
export const UI_CLIENT_ID = 'promptgate-admin-ui';

/** Whoever signs in with a login starting `admin` is an org admin; anyone else is staff with no role. */
const groupsOf = (login: string) => (login.startsWith('admin') ? ['promptgate-admins'] : ['staff']);

export interface BrowserIdp {
  issuer: string;
  /** Starts answering, with the UI's redirect URI registered for its client (known only once the server runs). */
  serve(redirectUri: string): void;
  stop(): Promise<void>;
}

/**
 * A real OpenID provider (`oidc-provider`) for people in a browser: its development login and consent pages
 * accept any login name and password, and its access tokens are JWTs for the server's audience.
 */
export async function listenBrowserIdp(): Promise<BrowserIdp> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: 'browser-idp', use: 'sig', alg: 'RS256' };
  const server: Server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const issuer = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    issuer,
    serve(redirectUri) {
      const provider = new Provider(issuer, {
        clients: [{ client_id: UI_CLIENT_ID, token_endpoint_auth_method: 'none', grant_types: ['authorization_code'], response_types: ['code'], redirect_uris: [redirectUri] }],
        jwks: { keys: [signingKey] },
        pkce: { required: () => true },
        cookies: { keys: ['browser-idp-cookie-key'] },
        clientBasedCORS: (_ctx, origin) => origin === new URL(redirectUri).origin,
        findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub, email: sub }) }),
        claims: { openid: ['sub'], email: ['email'] },
        features: {
          devInteractions: { enabled: true },
          resourceIndicators: {
            enabled: true,
            defaultResource: () => `urn:${SERVER_AUDIENCE}`,
            useGrantedResource: () => true,
            getResourceServerInfo: () => ({ scope: 'admin', audience: SERVER_AUDIENCE, accessTokenFormat: 'jwt', accessTokenTTL: 600 }),
          },
        },
        extraTokenClaims: (_ctx, token) => (token.accountId ? { groups: groupsOf(token.accountId), email: token.accountId } : {}),
      });
      server.on('request', provider.callback());
    },
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
