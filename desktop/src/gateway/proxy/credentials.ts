import type { IncomingMessage } from 'node:http';
import { claimedKind } from '../../auth/token-format';
import type { ProviderKeySource } from '../provider-keys/providers';
import { HttpError } from '@promptgate/shared/http-node';
import type { ProviderAdapter } from './types';

/** A credential header value without its `Bearer ` scheme. */
function credentialValue(header: string, value: string | string[] | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  return header === 'authorization' ? /^Bearer\s+(\S+)$/i.exec(value)?.[1] : value.trim();
}

/**
 * The headers that authenticate the request upstream. The client authenticated to the gateway with its
 * promptgate token (`pg_sdk_…`), which never goes further. A credential that is not token-shaped is the
 * client's own provider key: it is passed on, in the header it came in, only when policy
 * `sdk.allowClientProviderKeys` says so; otherwise the gateway's key is used. No message names a key.
 */
export function upstreamAuth(request: IncomingMessage, adapter: ProviderAdapter, keys: ProviderKeySource, allowClientKeys: boolean, upstream: URL): Record<string, string> {
  let clientKey: { header: string; value: string } | undefined;
  for (const header of adapter.credentialHeaders) {
    const raw = request.headers[header];
    const value = credentialValue(header, raw);
    if (value && claimedKind(value) === null && typeof raw === 'string') {
      clientKey = { header, value: raw };
      break;
    }
  }
  if (clientKey && allowClientKeys) return { [clientKey.header]: clientKey.value };
  const key = keys(adapter.name);
  if (key) return adapter.authHeaders(key, upstream);
  const how = `set one with \`promptgate keys set ${adapter.name}\` or in the local UI (Settings)`;
  throw new HttpError(
    401,
    'no_provider_key',
    clientKey
      ? `promptgate has no ${adapter.title} key, and its policy does not let clients send their own (sdk.allowClientProviderKeys is off): ${how}`
      : `promptgate has no ${adapter.title} key: ${how}`,
  );
}
