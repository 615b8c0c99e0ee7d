import { anthropic } from './anthropic';
import { openai } from './openai';
import { HttpError } from '@promptgate/shared/http-node';
import type { ProviderAdapter } from './types';

const ADAPTERS: readonly ProviderAdapter[] = [openai, anthropic];

function tokenMessage(adapter: ProviderAdapter): string {
  return (
    "promptgate did not accept this request: its promptgate token is missing, unknown or revoked. Set the SDK's API key " +
    `to a promptgate SDK token (pg_sdk_…, from \`promptgate token create --kind sdk\`), not the provider's ${adapter.title} key, ` +
    `which stays in promptgate (\`promptgate keys set ${adapter.name}\`).`
  );
}

/**
 * The body of a refusal that comes before a proxy handler runs (token, origin, unknown path) on the proxy's
 * paths, in the provider's error shape, so the SDK raises its own typed error (`AuthenticationError` for a
 * 401); undefined for any other path. Every token failure gets the same words: no hint which one it was.
 */
export function proxyRefusalBody(path: string, error: HttpError): unknown {
  const adapter = ADAPTERS.find((candidate) => path.startsWith(`/${candidate.name}/`));
  if (!adapter) return undefined;
  const refusal = error.status === 401 ? new HttpError(401, 'invalid_promptgate_token', tokenMessage(adapter)) : new HttpError(error.status, error.code, error.message);
  return adapter.errorBody(refusal);
}
