/**
 * Every code an HTTP error of promptgate's gateway or org server carries, in one casing (snake_case), so callers
 * switch on codes, never on message text. The extension and the gateway's org client read some of these.
 */
export type HttpErrorCode =
  // Transport and routing
  | 'bad_host'
  | 'bad_upgrade'
  | 'not_found'
  | 'method_not_allowed'
  | 'internal_error'
  // Bodies and parameters
  | 'body_too_large'
  | 'unsupported_media_type'
  | 'invalid_json'
  | 'invalid_request'
  | 'invalid_cursor'
  // Who is calling
  | 'unauthorized'
  | 'forbidden'
  | 'forbidden_origin'
  | 'too_many_attempts'
  | 'ui_link_refused'
  | PairingRefusal
  // Holds and approvals
  | 'unknown_approval'
  | 'approval_decided'
  | 'self_approval'
  | 'hold_quota'
  | 'too_many_holds'
  | 'org_approval'
  | 'choice_already_made'
  | 'justification_required'
  | 'not_a_warning'
  | 'original_not_allowed'
  | 'restore_disabled'
  | 'unknown_event'
  // The SDK proxy (its adapters dress these in each provider's error shape)
  | 'invalid_promptgate_token'
  | 'no_provider_key'
  | 'endpoint_not_inspected'
  | 'blocked_by_policy'
  | 'too_deeply_nested'
  | 'unreadable_payload'
  | 'placeholder_scope_full'
  | 'approval_denied'
  | 'approval_timeout'
  | 'approval_expired'
  | 'approval_cancelled'
  | 'upstream_unreachable'
  | 'upstream_timeout'
  | 'reply_too_large'
  | 'client_closed'
  // Inspection
  | 'inspection_busy'
  | 'inspection_failed'
  | 'gateway_shutting_down'
  // Local state the gateway keeps
  | 'session_log_unavailable'
  | 'unknown_session'
  | 'unknown_token'
  | 'token_name_taken'
  | 'unknown_provider'
  | 'no_key'
  | 'invalid_key'
  // The org: policy, enrollment, keys
  | 'policy_invalid'
  | 'unknown_version'
  | 'already_revoked'
  | OrgEnrollmentFailure;

/** `POST /api/pair` refusals: the pairing authority's reason, prefixed. */
export type PairingRefusal = 'pairing_invalid' | 'pairing_expired' | 'pairing_used' | 'pairing_rate_limited';

/** Why the local UI could not enroll this gateway with an org server (the org client's codes, passed through). */
export type OrgEnrollmentFailure =
  | 'bad_server_url'
  | 'insecure_server_url'
  | 'bad_fingerprint'
  | 'fingerprint_mismatch'
  | 'server_unreachable'
  | 'not_org_server'
  | 'enrollment_refused'
  | 'bad_answer'
  | 'not_enrolled';

/**
 * An error with the HTTP status and stable code the client sees; the message is written for people. `detail`
 * is extra machine-readable data that goes into the error object next to them (a field's `path`, every policy
 * error, the seconds to wait).
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: HttpErrorCode,
    message: string,
    readonly detail?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
  }
}

export const unauthorized = (message = 'missing or invalid token') => new HttpError(401, 'unauthorized', message);
export const forbidden = (message: string) => new HttpError(403, 'forbidden', message);
export const notFound = (what: string) => new HttpError(404, 'not_found', `no such ${what}`);
