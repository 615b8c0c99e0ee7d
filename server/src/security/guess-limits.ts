import type { IncomingMessage } from 'node:http';
import { Router } from 'express';
import { guessLimit, HttpError } from '@promptgate/shared/http-node';
import { AdminTokens } from '../auth/admin-tokens';
import type { ServerServices } from '../context';

/** Secrets a caller may try to guess: short one-time enrollment codes and quick-start admin tokens. */
export type GuessKind = 'enrollment-code' | 'admin-token';

const refusal = (kind: GuessKind) => (seconds: number) =>
  new HttpError(429, 'too_many_attempts', `too many wrong ${kind === 'admin-token' ? 'admin tokens' : 'enrollment codes'} from this address; try again in ${seconds} s`, {
    retryAfterSeconds: seconds,
  });

function presentsAdminToken(request: IncomingMessage): boolean {
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  return token !== undefined && AdminTokens.looksLike(token);
}

/**
 * Wrong enrollment codes and quick-start admin tokens, per source address and kind: every wrong one goes to
 * the audit trail (see `reportGuesses`), and an address that used up its allowance is refused (429) until it
 * refills. OIDC tokens are not counted: the identity provider guards its own.
 */
export function serverGuessLimits(services: ServerServices): Router {
  const limit = (kind: GuessKind, wrongStatus: number, skip?: (request: IncomingMessage) => boolean) =>
    guessLimit({
      now: services.now,
      wrong: (response) => response.statusCode === wrongStatus,
      refusal: refusal(kind),
      onEvent: (event) => services.reportGuess({ ...event, kind }),
      behindProxy: services.behindProxy,
      ...(skip ? { skip } : {}),
    });
  const router = Router();
  router.post('/v1/enroll', limit('enrollment-code', 403));
  router.use(
    '/admin',
    limit('admin-token', 401, (request) => !services.adminTokens.enabled || !presentsAdminToken(request)),
  );
  return router;
}
