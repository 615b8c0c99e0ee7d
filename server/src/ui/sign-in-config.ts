import type { ServerServices } from '../context';

/** How the UI signs people in: with the IdP (code + PKCE) when the server has a UI client id, else a pasted token. */
export function signInConfig(services: ServerServices): { issuer: string; clientId: string } | undefined {
  const options = services.oidc?.options;
  return options?.uiClientId ? { issuer: options.issuer, clientId: options.uiClientId } : undefined;
}
