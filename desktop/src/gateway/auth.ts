import type { IncomingMessage } from 'node:http';
import type { Caller } from './context';
import { HttpError, unauthorized } from '@promptgate/shared/http-node';
import { isExtensionOrigin, originOf } from './http/guard';
import { claimedKind } from '../auth/token-format';
import type { UiSessions } from './ui-sessions';

/** Checks tokens; implemented by the token store, which other processes (the CLI) write to. */
export interface TokenAuthority {
  verify(token: string): { kind: 'extension' | 'sdk'; name: string } | null;
}

/**
 * Who may call a route, and from where. `local-program`: a program on this machine (the CLI), never a
 * browser; the handler checks what the program proves.
 */
export type Access = 'public' | 'pairing' | 'extension' | 'sdk' | 'ui' | 'local-program';

export function bearerToken(request: IncomingMessage): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1];
}

export function cookie(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/**
 * Decides who the caller is, or refuses. Browser requests (with an `Origin`) are allowed only from an
 * extension (for the extension API) or from the gateway's own origin (for the local UI); a web page can
 * neither call the API nor the SDK proxy, whatever token it holds.
 */
export function authenticate(request: IncomingMessage, access: Access, tokens: TokenAuthority, uiSessions: UiSessions, selfOrigins: readonly string[]): Caller | undefined {
  const origin = originOf(request);
  switch (access) {
    case 'public':
      if (origin !== undefined && !isExtensionOrigin(origin) && !selfOrigins.includes(origin)) throw forbiddenOrigin();
      return undefined;
    case 'pairing':
      if (origin !== undefined && !isExtensionOrigin(origin)) throw forbiddenOrigin();
      return undefined;
    case 'local-program':
      // A browser names where every request comes from (Origin or Sec-Fetch-Site); programs send neither.
      if (origin !== undefined || request.headers['sec-fetch-site'] !== undefined) throw forbiddenOrigin();
      return undefined;
    case 'extension':
    case 'sdk': {
      if (origin !== undefined && (access === 'sdk' || !isExtensionOrigin(origin))) throw forbiddenOrigin();
      // An SDK client may send its own provider key in one header and its promptgate token in the other.
      const presented = access === 'sdk' ? [bearerToken(request), apiKeyHeader(request)] : [bearerToken(request)];
      const token = presented.find((value) => value !== undefined && claimedKind(value) !== null) ?? presented.find((value) => value !== undefined);
      const verified = token ? tokens.verify(token) : null;
      // The same 401 for a missing, unknown, revoked or wrong-kind token: no hint which one it was.
      if (!verified || verified.kind !== access) throw unauthorized();
      return { kind: access, name: verified.name };
    }
    case 'ui': {
      if (origin !== undefined && !selfOrigins.includes(origin)) throw forbiddenOrigin();
      // Another local server's page is "same-site" (ports do not count) and its requests carry the cookie.
      if (!fromThisOrigin(request)) throw forbiddenOrigin();
      if (!uiSessions.verify(cookie(request, uiSessions.cookieName))) throw new HttpError(401, 'unauthorized', 'open the local UI from a link the gateway printed');
      return { kind: 'ui', name: 'local user' };
    }
  }
}

/** Anthropic's SDK sends its key as `x-api-key`, OpenAI's as a bearer token. */
function apiKeyHeader(request: IncomingMessage): string | undefined {
  const value = request.headers['x-api-key'];
  return typeof value === 'string' ? value : undefined;
}

/** A browser says where a request comes from in `Sec-Fetch-Site`; programs send none. */
function fromThisOrigin(request: IncomingMessage): boolean {
  const site = request.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}

function forbiddenOrigin(): HttpError {
  return new HttpError(403, 'forbidden_origin', 'requests from this origin are not allowed');
}
