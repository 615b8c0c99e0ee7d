import { z } from 'zod';
import type { RequestContext } from '../context';
import { readJson, HttpError, notFound, sendJson } from '@promptgate/shared/http-node';
import { BODY_LIMITS } from '../http/body-limits';
import { keyFingerprint } from '../keys/key-store';
import { encodeCursor, decodeCursor, pageParams } from '../http/paging';
import type { Handler } from '../http/router';

const codeSchema = z.strictObject({
  /** Who the device belongs to: approvals from it cannot be approved by this person. */
  user: z.string().trim().min(1).max(200),
  groups: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  ttlMinutes: z
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(60),
});

/**
 * `POST /admin/enrollment-codes`: a one-time code to give to one person for one device, with the org key's
 * fingerprint to give along (`promptgate enroll --fingerprint`), so the device can tell the real server's answer.
 */
export const createEnrollmentCodeHandler: Handler<RequestContext> = async ({ request, response, services, principal }) => {
  const body = await readJson(request, codeSchema, BODY_LIMITS.smallBytes);
  const issued = await services.devices.createCode({ user: body.user, groups: body.groups, createdBy: principal!.name, ttlMs: body.ttlMinutes * 60_000 });
  const key = await services.keys.active();
  sendJson(response, 201, { ...issued, user: body.user, groups: body.groups, fingerprint: keyFingerprint(key.kid) });
};

/** `GET /admin/devices?limit=&cursor=`: newest enrollment first, one page; the cursor is the last device's id. */
export const listDevicesHandler: Handler<RequestContext> = async ({ response, services, url }) => {
  const { limit, cursor } = pageParams(url);
  const after = cursor === undefined ? undefined : decodeCursor(cursor, 1)[0];
  // One more than asked: whether another page follows, without counting the fleet.
  const devices = await services.devices.page(limit + 1, after);
  if (!devices) throw new HttpError(400, 'invalid_cursor', 'cursor: that device is gone; start again without a cursor');
  const page = devices.slice(0, limit);
  const more = devices.length > limit;
  sendJson(response, 200, { devices: page, ...(more ? { nextCursor: encodeCursor([page.at(-1)!.id]) } : {}) });
};

/**
 * `DELETE /admin/devices/:id`: the device's token stops working at once (policy, audit, approvals). Recorded in
 * the audit trail, since a revoked laptop is a question a security team asks about later.
 */
export const revokeDeviceHandler: Handler<RequestContext> = async ({ response, services, params, principal }) => {
  const id = params['id']!;
  const device = await services.devices.get(id);
  if (!device) throw notFound('device');
  if (!(await services.devices.revoke(id))) throw new HttpError(409, 'already_revoked', `device ${device.name} is already revoked`);
  await services.audit.recordServerEvent({
    requester: principal!.name,
    verdict: 'block',
    text: `device ${device.name} of ${device.user} revoked by ${principal!.name}`,
    detail: { action: 'device-revoked', deviceId: id, device: device.name, deviceUser: device.user, by: principal!.name },
  });
  sendJson(response, 200, { revoked: true });
};
