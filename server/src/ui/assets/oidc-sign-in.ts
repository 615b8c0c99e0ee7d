// Signing in to the admin UI with the org's identity provider: the authorization code flow with PKCE (S256), as
// a public client (no secret can be kept in a page). The code, the verifier and the state live in this tab's
// sessionStorage only, for the one round trip to the IdP; the access token ends up where a pasted token would.
const PENDING = 'pg-oidc-pending';

export interface IdentityProvider {
  issuer: string;
  clientId: string;
}

interface ProviderMetadata {
  authorization_endpoint: string;
  token_endpoint: string;
}

/** What this tab remembers between leaving for the IdP and coming back. */
interface PendingSignIn {
  state: string;
  verifier: string;
  issuer: string;
  clientId: string;
  tokenEndpoint: string;
}

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const randomString = () => base64url(crypto.getRandomValues(new Uint8Array(32)));

/** The UI's own address: the IdP sends the browser back here with `?code=&state=`. */
const redirectUri = () => `${location.origin}/admin/ui/`;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

async function discover(issuer: string): Promise<ProviderMetadata> {
  let response: Response;
  try {
    response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  } catch {
    throw new Error(`The identity provider at ${issuer} could not be reached.`);
  }
  if (!response.ok) throw new Error(`The identity provider's settings could not be read (HTTP ${response.status} from ${issuer}).`);
  const metadata: unknown = await response.json();
  if (!isRecord(metadata)) throw new Error(`The identity provider's settings from ${issuer} are not a JSON object.`);
  // Metadata naming another issuer would send the code and the verifier somewhere the server does not trust.
  if (metadata['issuer'] !== issuer) throw new Error(`The identity provider calls itself ${String(metadata['issuer'])}, not ${issuer}; sign-in stopped.`);
  const { authorization_endpoint: authorizationEndpoint, token_endpoint: tokenEndpoint } = metadata;
  if (typeof authorizationEndpoint !== 'string' || typeof tokenEndpoint !== 'string') throw new Error('The identity provider publishes no authorization or token endpoint.');
  const methods = metadata['code_challenge_methods_supported'];
  if (Array.isArray(methods) && !methods.includes('S256')) throw new Error('The identity provider does not support PKCE with S256.');
  return { authorization_endpoint: authorizationEndpoint, token_endpoint: tokenEndpoint };
}

/** Sends the browser to the IdP's sign-in page; returns only if it cannot. */
export async function startSignIn({ issuer, clientId }: IdentityProvider): Promise<void> {
  // Browsers withhold crypto.subtle outside secure contexts, and PKCE needs its SHA-256. The DOM types say it is
  // always there; on plain HTTP it is not.
  if (!(globalThis.crypto?.subtle as SubtleCrypto | undefined))
    throw new Error('Signing in with the identity provider needs HTTPS: this browser withholds the crypto it needs on plain HTTP.');
  const metadata = await discover(issuer);
  const verifier = randomString();
  const state = randomString();
  const challenge = base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  const pending: PendingSignIn = { state, verifier, issuer, clientId, tokenEndpoint: metadata.token_endpoint };
  sessionStorage.setItem(PENDING, JSON.stringify(pending));
  const url = new URL(metadata.authorization_endpoint);
  for (const [key, value] of Object.entries({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri(),
    scope: 'openid',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }))
    url.searchParams.set(key, value);
  location.assign(url.href);
}

/** The IdP's answer, when this page load is the redirect back from it. */
export function signInAnswer(): URLSearchParams | undefined {
  const params = new URLSearchParams(location.search);
  return params.has('code') || params.has('error') ? params : undefined;
}

/** Checks the IdP's answer against the sign-in this tab started and trades the code for an access token. */
export async function finishSignIn(params: URLSearchParams): Promise<string> {
  // A code is good once: off the address bar and out of the history, whatever happens next.
  history.replaceState(null, '', `${location.pathname}${location.hash}`);
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null') as PendingSignIn | null;
  sessionStorage.removeItem(PENDING);
  if (!pending || params.get('state') !== pending.state)
    throw new Error('This sign-in answer does not belong to a sign-in started in this tab (its state does not match), so it was refused. Sign in again.');
  if (params.has('iss') && params.get('iss') !== pending.issuer) throw new Error(`The sign-in answer came from ${params.get('iss')}, not ${pending.issuer}; it was refused.`);
  if (params.has('error')) {
    const description = params.get('error_description');
    throw new Error(`The identity provider did not sign you in: ${description ? `${description} (${params.get('error')})` : params.get('error')}.`);
  }
  let response: Response;
  try {
    response = await fetch(pending.tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: params.get('code') ?? '',
        redirect_uri: redirectUri(),
        client_id: pending.clientId,
        code_verifier: pending.verifier,
      }),
    });
  } catch {
    throw new Error('The identity provider could not be reached to finish the sign-in.');
  }
  const answer: unknown = await response.json().catch(() => ({}));
  const body = isRecord(answer) ? answer : {};
  const accessToken = body['access_token'];
  if (!response.ok || typeof accessToken !== 'string') {
    const error = typeof body['error'] === 'string' ? body['error'] : undefined;
    const description = typeof body['error_description'] === 'string' ? body['error_description'] : undefined;
    const reason = description ? `${description} (${error})` : (error ?? `HTTP ${response.status}`);
    throw new Error(`The identity provider did not issue a token: ${reason}.`);
  }
  return accessToken;
}
