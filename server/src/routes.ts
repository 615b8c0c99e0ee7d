import type { Access, RequestContext } from './context';
import { Router } from './http/router';
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
export function buildRouter(): Router<RequestContext, Access> {
  return (
    new Router<RequestContext, Access>()
      .add('GET /', 'public', rootRedirectHandler)
      .add('GET /healthz', 'public', healthHandler)
      .add('GET /.well-known/jwks.json', 'public', jwksHandler)
      .add('GET /v1/keys/endorsements', 'public', endorsementsHandler)
      .add('POST /v1/enroll', 'public', enrollHandler)
      // Enrolled gateways
      .add('GET /v1/policy', 'device', policyBundleHandler)
      .add('POST /v1/approvals', 'device', forwardApprovalHandler)
      .add('GET /v1/approvals/:id', 'device', deviceApprovalHandler)
      .add('DELETE /v1/approvals/:id', 'device', cancelDeviceApprovalHandler)
      .add('POST /v1/audit/events', 'device', ingestAuditHandler)
      // People (OIDC or the quick-start token)
      .add('GET /admin/me', 'approver', meHandler)
      .add('GET /admin/policy', 'admin', currentPolicyHandler)
      .add('PUT /admin/policy', 'admin', pushPolicyHandler)
      .add('POST /admin/policy/validate', 'admin', validatePolicyHandler)
      .add('GET /admin/policy/versions', 'admin', policyHistoryHandler)
      .add('GET /admin/policy/versions/:version', 'admin', policyVersionHandler)
      .add('GET /admin/policy/diff', 'admin', policyDiffHandler)
      .add('POST /admin/policy/rollback', 'admin', rollbackPolicyHandler)
      .add('POST /admin/keys/rotate', 'admin', rotateKeyHandler)
      .add('POST /admin/enrollment-codes', 'admin', createEnrollmentCodeHandler)
      .add('GET /admin/devices', 'admin', listDevicesHandler)
      .add('DELETE /admin/devices/:id', 'admin', revokeDeviceHandler)
      .add('GET /admin/tokens', 'admin', listAdminTokensHandler)
      .add('DELETE /admin/tokens/:id', 'admin', revokeAdminTokenHandler)
      .add('GET /admin/approvals', 'approver', listApprovalsHandler)
      .add('GET /admin/approvals/stream', 'approver', approvalStreamHandler)
      .add('POST /admin/approvals/:id/decision', 'approver', decideApprovalHandler)
      .add('GET /admin/audit', 'admin', searchAuditHandler)
      .add('GET /admin/audit/export', 'admin', exportAuditHandler)
      .add('GET /admin/audit/stats', 'admin', auditStatsHandler)
      .add('GET /admin/ui/*', 'public', adminUiHandler)
      .add('GET /favicon.ico', 'public', faviconHandler)
  );
}
