import { hostname } from 'node:os';
import { EnrollmentError } from './errors';
import { OrgServerError, redeemEnrollmentCode } from './org-client';
import { clearBundleState, writeEnrollment, type Enrollment } from './org-files';

/**
 * Exchanges a one-time enrollment code for this device's credential and pins the org's public keys as the
 * server presents them now (the code is what makes this answer trustworthy). Written to the data directory,
 * where a running gateway picks it up.
 */
export async function enrollDevice(dataDir: string, input: { server: string; code: string; deviceName?: string }, now: () => number = Date.now): Promise<Enrollment> {
  let server: string;
  try {
    const url = new URL(input.server);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not http(s)');
    server = url.origin;
  } catch {
    throw new EnrollmentError('bad_answer', `not a server URL: ${input.server}`);
  }
  let answer: Awaited<ReturnType<typeof redeemEnrollmentCode>>;
  try {
    answer = await redeemEnrollmentCode(server, input.code, input.deviceName ?? hostname());
  } catch (error) {
    if (error instanceof OrgServerError) throw new EnrollmentError('enrollment_refused', error.message);
    throw new EnrollmentError('server_unreachable', `cannot reach ${server}: ${(error as Error).message}`);
  }
  const keys = answer.jwks?.keys?.filter((key) => key.kty === 'EC' && key.crv === 'P-256' && typeof key.kid === 'string' && !key.d) ?? [];
  if (!answer.token || keys.length === 0) throw new EnrollmentError('bad_answer', 'the server did not answer a credential and a signing key');
  const enrollment: Enrollment = {
    server,
    deviceId: answer.device.id,
    deviceName: answer.device.name,
    token: answer.token,
    user: answer.device.user,
    groups: answer.device.groups,
    pinnedKeys: keys.map(({ kty, crv, x, y, kid }) => ({ kty, crv, x, y, kid, alg: 'ES256', use: 'sig' })),
    enrolledAt: now(),
  };
  clearBundleState(dataDir);
  writeEnrollment(dataDir, enrollment);
  return enrollment;
}
