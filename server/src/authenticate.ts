import type { IncomingMessage } from 'node:http';
import { AdminTokens } from './auth/admin-tokens';
import type { Principal } from './auth/principal';
import { OidcTokenError } from './auth/oidc-verifier';
import type { Access, RequestContext, ServerServices } from './context';
import { forbidden, unauthorized } from '@promptgate/shared/http-node';

function bearer(request: IncomingMessage): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
}

/** Resolves the caller for a route's access level, or throws 401/403. */
export async function authenticate(request: IncomingMessage, access: Access, services: ServerServices): Promise<Omit<RequestContext, 'services'>> {
  if (access === 'public') return {};
  const token = bearer(request);
  if (!token) throw unauthorized();
  if (access === 'device') {
    const device = await services.devices.verify(token);
    if (!device) throw unauthorized('missing, unknown or revoked device credential; enroll again');
    return { device };
  }
  let principal: Principal | undefined;
  if (AdminTokens.looksLike(token)) {
    if (!services.adminTokens.enabled) {
      throw unauthorized('quick-start admin tokens are disabled because this server signs people in with OIDC; use a token from your identity provider');
    }
    principal = await services.adminTokens.verify(token);
  } else if (services.oidc) {
    try {
      principal = await services.oidc.verify(token);
    } catch (error) {
      if (error instanceof OidcTokenError) throw unauthorized(error.message);
      throw error;
    }
  }
  if (!principal) throw unauthorized();
  if (access === 'admin' && !principal.roles.has('admin')) throw forbidden('this needs the admin role');
  if (access === 'approver' && !principal.roles.has('approver') && !principal.roles.has('admin')) throw forbidden('this needs the approver role');
  return { principal };
}
