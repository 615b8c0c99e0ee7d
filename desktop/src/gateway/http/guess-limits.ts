import type { IncomingMessage } from 'node:http';
import { Router } from 'express';
import { guessLimit, HttpError } from '@promptgate/shared/http-node';
import { UI_LINK_PATHS } from '../ui-link/protocol';

const refusal = (what: string) => (seconds: number) =>
  new HttpError(429, 'too_many_attempts', `too many wrong ${what} from this machine; try again in ${seconds} s`, { retryAfterSeconds: seconds });

/** Whether a request spends a UI link key (`/ui/?key=`): the only `/ui` requests that guess anything. */
function spendsLinkKey(request: IncomingMessage): boolean {
  return new URL(request.url ?? '/', 'http://gateway.invalid').searchParams.has('key');
}

/**
 * The gateway's endpoints that take guesses, each with its own budget of wrong ones: UI link proofs and UI
 * link keys. Everything here comes from this machine, so the budget is the machine's. Pairing codes are not
 * here: their limit lives with the codes, in the data directory, because the CLI redeems them too.
 */
export function gatewayGuessLimits(): Router {
  const router = Router();
  router.post(UI_LINK_PATHS.link, guessLimit({ wrong: (response) => response.statusCode === 401, refusal: refusal('UI link proofs') }));
  router.get('/ui{/*rest}', guessLimit({ skip: (request) => !spendsLinkKey(request), wrong: (response) => response.statusCode === 401, refusal: refusal('UI links') }));
  return router;
}
