import type { ServerRoute } from './http/router';
import { healthHandler, jwksHandler, endorsementsHandler, enrollHandler } from './api/public';
import { cancelDeviceApprovalHandler, deviceApprovalHandler, forwardApprovalHandler, ingestAuditHandler, policyBundleHandler } from './api/device';
import {
  currentPolicyHandler,
  policyDiffHandler,
  policyHistoryHandler,
  policyVersionHandler,
  pushPolicyHandler,
  rollbackPolicyHandler,
  rotateKeyHandler,
  validatePolicyHandler,
} from './api/admin-policy';
import { createEnrollmentCodeHandler, listDevicesHandler, revokeDeviceHandler } from './api/admin-devices';
import { approvalStreamHandler, decideApprovalHandler, listApprovalsHandler } from './api/admin-approvals';
import { auditStatsHandler, exportAuditHandler, meHandler, searchAuditHandler } from './api/admin-audit';
import { listAdminTokensHandler, revokeAdminTokenHandler } from './api/admin-tokens';
import { adminUiHandler, faviconHandler, rootRedirectHandler } from './ui/ui-handler';

/** The map of the server: every route, who may call it, its handler. */
export function serverRoutes(): ServerRoute[] {
  return [
    ['GET /', 'public', rootRedirectHandler],
    ['GET /healthz', 'public', healthHandler],
    ['GET /.well-known/jwks.json', 'public', jwksHandler],
    ['GET /v1/keys/endorsements', 'public', endorsementsHandler],
    ['POST /v1/enroll', 'public', enrollHandler],
    // Enrolled gateways
    ['GET /v1/policy', 'device', policyBundleHandler],
    ['POST /v1/approvals', 'device', forwardApprovalHandler],
    ['GET /v1/approvals/:id', 'device', deviceApprovalHandler],
    ['DELETE /v1/approvals/:id', 'device', cancelDeviceApprovalHandler],
    ['POST /v1/audit/events', 'device', ingestAuditHandler],
    // People (OIDC or the quick-start token)
    ['GET /admin/me', 'approver', meHandler],
    ['GET /admin/policy', 'admin', currentPolicyHandler],
    ['PUT /admin/policy', 'admin', pushPolicyHandler],
    ['POST /admin/policy/validate', 'admin', validatePolicyHandler],
    ['GET /admin/policy/versions', 'admin', policyHistoryHandler],
    ['GET /admin/policy/versions/:version', 'admin', policyVersionHandler],
    ['GET /admin/policy/diff', 'admin', policyDiffHandler],
    ['POST /admin/policy/rollback', 'admin', rollbackPolicyHandler],
    ['POST /admin/keys/rotate', 'admin', rotateKeyHandler],
    ['POST /admin/enrollment-codes', 'admin', createEnrollmentCodeHandler],
    ['GET /admin/devices', 'admin', listDevicesHandler],
    ['DELETE /admin/devices/:id', 'admin', revokeDeviceHandler],
    ['GET /admin/tokens', 'admin', listAdminTokensHandler],
    ['DELETE /admin/tokens/:id', 'admin', revokeAdminTokenHandler],
    ['GET /admin/approvals', 'approver', listApprovalsHandler],
    ['GET /admin/approvals/stream', 'approver', approvalStreamHandler],
    ['POST /admin/approvals/:id/decision', 'approver', decideApprovalHandler],
    ['GET /admin/audit', 'admin', searchAuditHandler],
    ['GET /admin/audit/export', 'admin', exportAuditHandler],
    ['GET /admin/audit/stats', 'admin', auditStatsHandler],
    ['GET /admin/ui/*', 'public', adminUiHandler],
    ['GET /favicon.ico', 'public', faviconHandler],
  ];
}
