import { hostname } from 'node:os';
import { calculateJwkThumbprint } from 'jose';
import { z } from 'zod';
import { EnrollmentError } from './errors';
import { describeFetchFailure, enrollReplySchema } from '@promptgate/shared';
import { OrgServerError, redeemEnrollmentCode } from './org-client';
import { clearBundleState, writeEnrollment, type Enrollment } from './org-files';

/**
 * The org server's origin, or a refusal of anything that is not an http(s) URL. Plain `http://` is refused
 * unless the server is on this machine or `insecure` is set: on a network, whoever sits in between could answer
 * the enrollment with keys of their own.
 */
export function parseServerUrl(input: string, options: { insecure?: boolean } = {}): string {
  let url: URL | undefined;
  try {
    url = new URL(input);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'https:' && url?.protocol !== 'http:') throw new EnrollmentError('bad_server_url', `"${input}" is not an http(s) URL (like https://policy.example.com)`);
  if (url.protocol === 'http:' && !options.insecure && !isLoopback(url.hostname)) {
    throw new EnrollmentError(
      'insecure_server_url',
      `${url.origin} is plain http on a network: use https://, or --insecure if you accept that anyone in between can take over this device's policy`,
    );
  }
  return url.origin;
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/** `SHA256:<thumbprint>`, as the admin UI and CLI show it next to a code; a bare thumbprint is taken too. */
export function parseFingerprint(input: string): string {
  const thumbprint = input.trim().replace(/^sha256:/i, '');
  if (!/^[A-Za-z0-9_-]{43}$/.test(thumbprint)) throw new EnrollmentError('bad_fingerprint', `"${input}" is not a key fingerprint (like SHA256:${'x'.repeat(43)})`);
  return thumbprint;
}

const publicSigningKey = z.object({ kty: z.literal('EC'), crv: z.literal('P-256'), x: z.string(), y: z.string(), kid: z.string(), d: z.never().optional() });

/**
 * Exchanges a one-time enrollment code for this device's credential and pins the org's public keys as the
 * server presents them now (the code is what makes this answer trustworthy). Written to the data directory,
 * where a running gateway picks it up.
 */
export async function enrollDevice(
  dataDir: string,
  input: { server: string; code: string; deviceName?: string; fingerprint?: string; insecure?: boolean },
  now: () => number = Date.now,
): Promise<Enrollment> {
  const server = parseServerUrl(input.server, { insecure: input.insecure ?? false });
  const fingerprint = input.fingerprint === undefined ? undefined : parseFingerprint(input.fingerprint);
  const parsed = enrollReplySchema.safeParse(await redeem(server, input.code, input.deviceName ?? hostname()));
  if (!parsed.success) throw notOrgServer(server, 'its answer to POST /v1/enroll is not an enrollment');
  const answer = parsed.data;
  const offered = answer.jwks.keys.flatMap((key) => {
    const checked = publicSigningKey.safeParse(key);
    return checked.success ? [checked.data] : [];
  });
  if (offered.length === 0) throw new EnrollmentError('bad_answer', 'the server did not answer a signing key this device can pin');
  // The kid is only a claim: the thumbprint is computed from the key itself, and a kid that is not it is refused.
  const keys: typeof offered = [];
  for (const key of offered) if ((await calculateJwkThumbprint({ kty: key.kty, crv: key.crv, x: key.x, y: key.y })) === key.kid) keys.push(key);
  if (keys.length === 0) throw new EnrollmentError('bad_answer', "the server's signing key does not match its own kid");
  const pinned = fingerprint === undefined ? keys : keys.filter((key) => key.kid === fingerprint);
  if (pinned.length === 0) {
    throw new EnrollmentError(
      'fingerprint_mismatch',
      `the org key offered by ${server} (SHA256:${keys[0]!.kid}) is not the fingerprint the admin gave (SHA256:${fingerprint}); nothing was changed`,
    );
  }
  const enrollment: Enrollment = {
    server,
    deviceId: answer.device.id,
    deviceName: answer.device.name,
    token: answer.token,
    user: answer.device.user,
    groups: answer.device.groups,
    pinnedKeys: pinned.map(({ kty, crv, x, y, kid }) => ({ kty, crv, x, y, kid, alg: 'ES256', use: 'sig' })),
    retiredKids: [],
    revokedKids: [],
    enrolledAt: now(),
  };
  clearBundleState(dataDir);
  writeEnrollment(dataDir, enrollment);
  return enrollment;
}

async function redeem(server: string, code: string, deviceName: string): Promise<unknown> {
  try {
    return await redeemEnrollmentCode(server, code, deviceName);
  } catch (error) {
    if (error instanceof OrgServerError) throw refusal(server, error);
    // A 2xx answer whose body is not JSON: a web page, another service's catch-all route.
    if (error instanceof SyntaxError) throw notOrgServer(server, 'its answer to POST /v1/enroll is not JSON');
    throw new EnrollmentError('server_unreachable', `cannot reach ${server}: ${describeFetchFailure(error, server)}`);
  }
}

function refusal(server: string, error: OrgServerError): EnrollmentError {
  if (error.status >= 500) {
    const detail = error.code === 'http_error' ? '' : `: ${error.message}`;
    return new EnrollmentError('server_unreachable', `${server} answered HTTP ${error.status}${detail}; try again later`);
  }
  // An org server always has the route and explains a refusal in its JSON error; a 404 "no route" (a promptgate
  // gateway) or an error page without that JSON comes from something else.
  if (error.status === 404 || error.status === 405 || error.code === 'http_error') return notOrgServer(server, `POST /v1/enroll answered HTTP ${error.status}`);
  return new EnrollmentError('enrollment_refused', error.message);
}

function notOrgServer(server: string, why: string): EnrollmentError {
  return new EnrollmentError('not_org_server', `${server} does not look like a promptgate org server (${why}); check the URL`);
}
