import { timingSafeEqual } from 'node:crypto';
import { LIMITS } from '@promptgate/shared';
import type { Access } from '../auth';
import type { RequestContext } from '../context';
import { readJson, HttpError, sendJson } from '@promptgate/shared/http-node';
import type { Handler } from '../http/router';
import { UiLinkChallenges } from './challenges';
import { linkRequestSchema, UI_LINK_PATHS, uiLinkProof } from './protocol';

export interface UiLinkDeps {
  /** The data directory's UI link key (see `key.ts`). */
  key: Buffer;
  /** A new single-use link to the local UI. */
  issueLink: () => string;
}

/**
 * `promptgate ui`'s two requests: a challenge, then a link for a proof over it (see `protocol.ts`); and the
 * paired extension's, whose token already proves it acts for the person at this machine (its popup opens
 * the UI signed in).
 */
export function uiLinkRoutes(deps: UiLinkDeps): Array<readonly [string, Access, Handler<RequestContext>]> {
  const challenges = new UiLinkChallenges();
  const challengeHandler: Handler<RequestContext> = ({ response }) => sendJson(response, 200, { challenge: challenges.issue() });
  const linkHandler: Handler<RequestContext> = async ({ services, request, response }) => {
    const body = await readJson(request, linkRequestSchema, LIMITS.smallBodyBytes);
    const open = challenges.take(body.challenge);
    const expected = Buffer.from(uiLinkProof(deps.key, `http://127.0.0.1:${services.port}`, body.challenge), 'hex');
    if (!timingSafeEqual(expected, Buffer.from(body.proof, 'hex')) || !open) {
      throw new HttpError(401, 'ui_link_refused', "the proof does not match this gateway's UI link key (another data directory?) or its challenge was already answered");
    }
    sendJson(response, 200, { url: deps.issueLink() });
  };
  const extensionLinkHandler: Handler<RequestContext> = ({ response }) => sendJson(response, 200, { url: deps.issueLink() });
  return [
    [`POST ${UI_LINK_PATHS.extension}`, 'extension', extensionLinkHandler],
    [`POST ${UI_LINK_PATHS.challenge}`, 'local-program', challengeHandler],
    [`POST ${UI_LINK_PATHS.link}`, 'local-program', linkHandler],
  ];
}
