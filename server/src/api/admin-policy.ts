import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import { loadPolicy } from '@promptgate/shared';
import type { RequestContext } from '../context';
import { parseWith, readBody, readJson, HttpError, sendJson } from '@promptgate/shared/http-node';
import { BODY_LIMITS } from '../http/body-limits';
import type { Handler } from '../http/router';
import { keyFingerprint } from '../keys/key-store';
import type { PolicyFormat } from '../policy/policy-store';

function formatOf(request: IncomingMessage): PolicyFormat {
  const type = request.headers['content-type'] ?? '';
  if (/^application\/json\b/i.test(type)) return 'json';
  if (/^(application\/(x-)?yaml|text\/(x-)?yaml|text\/plain)\b/i.test(type) || type === '') return 'yaml';
  throw new HttpError(415, 'unsupported_media_type', 'send the policy as application/yaml or application/json');
}

const commentSchema = z.string().trim().max(1000);

/** `GET /admin/policy`: the newest version with its text. */
export const currentPolicyHandler: Handler<RequestContext> = async ({ response, services }) => {
  const bundle = await services.policies.currentBundle();
  sendJson(response, 200, { policy: await services.policies.get(bundle.version), kid: bundle.kid });
};

/** `PUT /admin/policy?comment=...`: YAML or JSON; a new version, or 422 with every error, path and line. */
export const pushPolicyHandler: Handler<RequestContext> = async ({ request, response, services, principal, url }) => {
  const format = formatOf(request);
  const comment = parseWith(commentSchema, url.searchParams.get('comment') ?? '');
  const text = await readBody(request, BODY_LIMITS.policyBytes);
  const { version } = await services.policies.push(text, format, principal!.name, comment);
  sendJson(response, 201, { version });
};

/** `POST /admin/policy/validate`: the editor's inline check; stores nothing. */
export const validatePolicyHandler: Handler<RequestContext> = async ({ request, response }) => {
  const format = formatOf(request);
  const result = loadPolicy(await readBody(request, BODY_LIMITS.policyBytes), format);
  sendJson(response, 200, result.ok ? { ok: true, errors: [] } : { ok: false, errors: result.errors });
};

const limitSchema = z.coerce.number().int().min(1).max(1000).default(100);

export const policyHistoryHandler: Handler<RequestContext> = async ({ response, services, url }) => {
  sendJson(response, 200, { versions: await services.policies.history(parseWith(limitSchema, url.searchParams.get('limit') ?? undefined)) });
};

const versionSchema = z.coerce.number().int().positive();

export const policyVersionHandler: Handler<RequestContext> = async ({ response, services, params }) => {
  sendJson(response, 200, { policy: await services.policies.get(parseWith(versionSchema, params['version'])) });
};

/** `GET /admin/policy/diff?from=A&to=B`: line diff of the two documents as written. */
export const policyDiffHandler: Handler<RequestContext> = async ({ response, services, url }) => {
  const from = parseWith(versionSchema, url.searchParams.get('from'));
  const to = parseWith(versionSchema, url.searchParams.get('to'));
  sendJson(response, 200, { from, to, lines: await services.policies.diff(from, to) });
};

const rollbackSchema = z.strictObject({ version: z.int().positive(), comment: commentSchema.default('') });

/** `POST /admin/policy/rollback`: the old content as a new version (gateways never move backwards). */
export const rollbackPolicyHandler: Handler<RequestContext> = async ({ request, response, services, principal }) => {
  const body = await readJson(request, rollbackSchema, BODY_LIMITS.smallBytes);
  const { version } = await services.policies.rollback(body.version, principal!.name, body.comment);
  sendJson(response, 201, { version });
};

const rotateSchema = z.strictObject({
  /** The active key was stolen: gateways refuse it from now on, and the version floor resets to the current version. */
  compromised: z.boolean().default(false),
});

/**
 * `POST /admin/keys/rotate`: new signing key, endorsed by the old one, which stays published unless it is retired
 * as compromised. An empty body is a routine rotation.
 */
export const rotateKeyHandler: Handler<RequestContext> = async ({ request, response, services }) => {
  const text = await readBody(request, BODY_LIMITS.smallBytes);
  const body = parseWith(rotateSchema, text.trim() ? parseJsonText(text) : {});
  const current = await services.policies.currentBundle();
  const key = await services.keys.rotate(body.compromised ? { compromised: { versionFloor: current.version } } : {});
  const bundle = await services.policies.resign();
  sendJson(response, 200, {
    kid: key.kid,
    fingerprint: keyFingerprint(key.kid),
    version: bundle.version,
    jwks: await services.keys.publicJwks(),
    compromised: await services.keys.compromisedKids(),
  });
};

function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'invalid_json', 'the body is not JSON');
  }
}
