import type { ProviderAdapter } from '../types';
import { countTokens, messages } from './messages';

/** Anthropic error types, by the status the proxy answers with. */
const ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  413: 'request_too_large',
};

export const anthropic: ProviderAdapter = {
  name: 'anthropic',
  title: 'Anthropic',
  endpoints: [messages, countTokens],
  // `x-api-key` for API keys; `authorization: Bearer` for OAuth tokens (Claude Code with a subscription).
  credentialHeaders: ['x-api-key', 'authorization'],
  authHeaders: (key) => ({ 'x-api-key': key }),
  errorBody: (error) => ({ type: 'error', error: { type: ERROR_TYPES[error.status] ?? 'api_error', message: error.message } }),
};
