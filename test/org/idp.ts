import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

export const SERVER_AUDIENCE = 'promptgate-server';

/** Test clients: each gets the groups its tokens carry (admins, approvers, a person with neither). */
const CLIENTS = {
  'admin-cli': ['promptgate-admins'],
  'approver-bob': ['promptgate-approvers'],
  'alice@example.com': ['promptgate-approvers'],
  'nobody-cli': ['staff'],
} as const satisfies Record<string, readonly string[]>;
export type TestClient = keyof typeof CLIENTS;

export interface TestIdp {
  issuer: string;
  /** A real JWT access token from the provider's token endpoint (client credentials grant). */
  token(client: TestClient): Promise<string>;
  stop(): Promise<void>;
}

/**
 * A real OpenID provider (`oidc-provider`) on loopback. Client credentials with resource indicators give JWT
 * access tokens for the server's audience, with a `groups` claim per client: no browser needed.
 */
export async function startTestIdp(options: { tokensWithoutExp?: boolean } = {}): Promise<TestIdp> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: 'test-idp', use: 'sig', alg: 'RS256' };
  const server: Server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as { port: number }).port;
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: Object.keys(CLIENTS).map((id) => ({
      client_id: id,
      client_secret: `${id}-secret`,
      grant_types: ['client_credentials'],
      redirect_uris: [],
      response_types: [],
      token_endpoint_auth_method: 'client_secret_post',
    })),
    jwks: { keys: [signingKey] },
    ttl: { ClientCredentials: 600 },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => `urn:${SERVER_AUDIENCE}`,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({ scope: 'admin', audience: SERVER_AUDIENCE, accessTokenFormat: 'jwt', accessTokenTTL: 600 }),
      },
    },
    extraTokenClaims: (_ctx, token) => {
      const clientId = token.clientId as TestClient | undefined;
      return clientId ? { groups: [...CLIENTS[clientId]], ...(clientId.includes('@') ? { email: clientId } : {}) } : {};
    },
  });
  // A misconfigured provider whose tokens never expire: the provider leaves `exp` out when it has no lifetime.
  if (options.tokensWithoutExp) provider.ClientCredentials.expiresIn = () => undefined;
  server.on('request', provider.callback());
  return {
    issuer,
    async token(client) {
      const response = await fetch(`${issuer}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: client, client_secret: `${client}-secret`, scope: 'admin', resource: `urn:${SERVER_AUDIENCE}` }),
      });
      const body = (await response.json()) as { access_token?: string; error?: string; error_description?: string };
      if (!body.access_token) throw new Error(`IdP refused a token for ${client}: ${body.error} ${body.error_description ?? ''}`);
      return body.access_token;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
