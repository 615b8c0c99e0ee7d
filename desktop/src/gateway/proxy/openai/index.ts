import type { ProviderAdapter } from '../types';
import { chatCompletions } from './chat';
import { completions } from './completions';
import { embeddings } from './embeddings';
import { responses, responsesCompact } from './responses';

/** OpenAI error types the SDK and people recognise, by the status the proxy answers with. */
const ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  413: 'invalid_request_error',
  502: 'api_error',
  504: 'api_error',
};

/** OpenAI and OpenAI-compatible APIs (Azure OpenAI's v1 API, vLLM, LiteLLM, ...). */
export const openai: ProviderAdapter = {
  name: 'openai',
  title: 'OpenAI',
  endpoints: [chatCompletions, responses, responsesCompact, embeddings, completions],
  credentialHeaders: ['authorization', 'api-key'],
  authHeaders(key, upstream): Record<string, string> {
    // Azure OpenAI reads `api-key`; sending it elsewhere would hand the key to a host that does not need it.
    return /\.(openai\.azure\.com|cognitiveservices\.azure\.com|services\.ai\.azure\.com)$/i.test(upstream.hostname) ? { 'api-key': key } : { authorization: `Bearer ${key}` };
  },
  errorBody: (error) => ({ error: { message: error.message, type: ERROR_TYPES[error.status] ?? 'api_error', param: null, code: error.code } }),
};
