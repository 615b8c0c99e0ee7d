import type { Response } from '../messages/protocol';
import type { EffectiveSettings } from '../settings/effective';
import { callGateway, GatewayUnavailableError } from './gateway-client';

const TIMEOUT_MS = 5_000;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Only the gateway's own UI on this computer is opened: a link elsewhere is refused, whoever answered. */
function isLocalUiLink(url: string): boolean {
  try {
    const link = new URL(url);
    return link.protocol === 'http:' && LOCAL_HOSTS.has(link.hostname) && link.pathname === '/ui/' && link.searchParams.has('key');
  } catch {
    return false;
  }
}

function whyNoLink(error: unknown): string {
  if (!(error instanceof GatewayUnavailableError)) return `promptgate could not open its window: ${String(error)}`;
  switch (error.reason) {
    case 'not-paired':
      return 'This browser is not paired with promptgate: pair it again with a pairing code from the promptgate app (under Settings).';
    case 'not-running':
    case 'timeout':
      return 'promptgate is not running on this computer. Open the promptgate app, or ask IT if it is not installed.';
    case 'gateway-error':
      return `promptgate could not open its window: ${error.message}`;
  }
}

/**
 * Asks the gateway, with this browser's pairing token, for a single-use link to its local UI: opening it
 * signs the browser in, where the bare `/ui/` address would ask for a link printed by the app.
 */
export async function localUiLink(settings: EffectiveSettings): Promise<Response<'uiLink'>> {
  try {
    if (!settings.token) throw new GatewayUnavailableError('not-paired', 'this browser is not paired with promptgate on this computer');
    const { url } = await callGateway<{ url?: unknown }>(settings, 'POST', '/api/ui-link/extension', { timeoutMs: TIMEOUT_MS });
    if (typeof url !== 'string' || !isLocalUiLink(url)) return { message: 'promptgate answered with a link that is not its own window on this computer; nothing was opened.' };
    return { url };
  } catch (error) {
    return { message: whyNoLink(error) };
  }
}
