/**
 * The UI cookie, obtained the way a person gets it: by opening the link the gateway prints, which trades the
 * launch secret for a session. Each read of `uiUrl` is a new link, and each link works once.
 */
export async function uiCookieOf(gateway: { readonly uiUrl: string }): Promise<string> {
  const response = await fetch(gateway.uiUrl, { redirect: 'manual' });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (response.status !== 303 || !cookie) throw new Error(`the UI link did not set a cookie (${response.status})`);
  return cookie;
}
