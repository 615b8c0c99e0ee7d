import { z } from 'zod';
import type { RequestContext } from '../context';
import { BODY_LIMITS, readJson } from '../http/body';
import { notFound } from '../http/http-error';
import { sendJson } from '../http/respond';
import type { Handler } from '../http/router';

const codeSchema = z.strictObject({
  /** Who the device belongs to: approvals from it cannot be approved by this person. */
  user: z.string().trim().min(1).max(200),
  groups: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  ttlMinutes: z.int().min(1).max(7 * 24 * 60).default(60),
});

/** `POST /admin/enrollment-codes`: a one-time code to give to one person for one device. */
export const createEnrollmentCodeHandler: Handler<RequestContext> = async ({ request, response, services, principal }) => {
  const body = await readJson(request, codeSchema, BODY_LIMITS.smallBytes);
  const issued = services.devices.createCode({ user: body.user, groups: body.groups, createdBy: principal!.name, ttlMs: body.ttlMinutes * 60_000 });
  sendJson(response, 201, { ...issued, user: body.user, groups: body.groups });
};

export const listDevicesHandler: Handler<RequestContext> = ({ response, services }) => sendJson(response, 200, { devices: services.devices.list() });

export const revokeDeviceHandler: Handler<RequestContext> = ({ response, services, params }) => {
  if (!services.devices.revoke(params['id']!)) throw notFound('device');
  sendJson(response, 200, { revoked: true });
};
