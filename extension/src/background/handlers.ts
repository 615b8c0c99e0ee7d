import type { ApprovalState, InspectRequest, InspectResponse } from '@promptgate/shared';
import type { Handlers } from '../messages/handle';
import type { InspectOutcome } from '../messages/protocol';
import { currentSettings as effectiveSettings, forgetSettings } from '../settings/effective';
import { cachedPolicyItem, gatewayUrlItem, tokenItem, type CachedPolicy } from '../settings/items';
import { callOverChannel } from './call-over-channel';
import { GatewayChannel } from './gateway-channel';
import { callGateway, GatewayUnavailableError } from './gateway-client';
import { scanLocally } from './local-scan';
import { countFor, countLater } from './tab-counts';
import { degradedControls, noteUnrecognised, releaseReport } from './tab-health';
import { localUiLink } from './ui-link';
import { extensionVersion } from './version';

/** Timeouts: an inspection holds a person's Enter, so it is short; long-polls stay under the gateway's limits. */
export const INSPECT_TIMEOUT_MS = 8_000;
const SMALL_TIMEOUT_MS = 5_000;

/** Opened by `warm` while the person types, so the Enter's inspection skips a new HTTP exchange. */
const channel = new GatewayChannel();

function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return 'unknown';
  }
}

async function rememberPolicy(policy: InspectResponse['policy'], known: CachedPolicy | null): Promise<void> {
  if (known && known.version === policy.version && known.name === policy.name && known.failMode === policy.failMode && known.restoreResponses === policy.restoreResponses) return;
  const cached = await cachedPolicyItem.getValue();
  forgetSettings();
  await cachedPolicyItem.setValue({ ...cached, name: policy.name, version: policy.version, failMode: policy.failMode, restoreResponses: policy.restoreResponses });
  // The full document is needed only for fail-open scanning; fetched in the background of this answer.
  if (policy.failMode === 'open') void refreshPolicy();
}

/** Fetches `GET /api/policy` into the cache (fail mode, and the document for local scanning). */
export async function refreshPolicy(): Promise<boolean> {
  const settings = await effectiveSettings();
  try {
    const answer = await callGateway<{ name: string; version: number; failMode: 'closed' | 'open'; restoreResponses: boolean; policy: unknown }>(settings, 'GET', '/api/policy', {
      timeoutMs: SMALL_TIMEOUT_MS,
    });
    forgetSettings();
    await cachedPolicyItem.setValue({ name: answer.name, version: answer.version, failMode: answer.failMode, restoreResponses: answer.restoreResponses, policy: answer.policy });
    return true;
  } catch {
    return false;
  }
}

async function inspectPrompt(payload: Omit<InspectRequest, 'source'> & { url: string }): Promise<InspectOutcome> {
  const settings = await effectiveSettings();
  const site = siteOf(payload.url);
  const body: InspectRequest = { source: { site, url: payload.url.slice(0, 4096) }, conversationId: payload.conversationId, segments: payload.segments };
  try {
    if (!settings.token) throw new GatewayUnavailableError('not-paired', 'this browser is not paired with promptgate on this computer');
    const response = await callOverChannel<InspectResponse>(channel, settings, 'POST /api/inspect', { body, timeoutMs: INSPECT_TIMEOUT_MS });
    await rememberPolicy(response.policy, settings.policy);
    return { kind: 'gateway', response };
  } catch (error) {
    if (!(error instanceof GatewayUnavailableError)) throw error;
    // A gateway that answered with an error is treated like an absent one: nothing is sent unscanned.
    if (settings.failMode === 'open') return { kind: 'local', reason: error.reason, response: scanLocally(site, payload.conversationId, payload.segments, settings.policy) };
    return { kind: 'unavailable', reason: error.reason };
  }
}

export const handlers: Handlers = {
  async inspect(payload, sender) {
    const outcome = await inspectPrompt({ ...payload, url: sender.url ?? payload.url });
    // Pastes and files are early looks; only prompts count as what happened on the tab.
    // Counted after answering: the person's Enter does not wait for the popup's numbers.
    if (sender.tabId !== undefined && payload.segments.some((s) => s.kind === 'prompt')) {
      void countLater(sender.tabId, outcome.kind === 'unavailable' ? 'unavailable' : outcome.response.verdict);
    }
    return outcome;
  },

  async choice(payload) {
    if (payload.eventId.startsWith('local-')) return { ok: true };
    try {
      await callGateway(await effectiveSettings(), 'POST', '/api/choice', { body: payload, timeoutMs: SMALL_TIMEOUT_MS });
      return { ok: true };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  },

  async approval({ approvalId, waitSeconds }) {
    try {
      const wait = Math.max(0, Math.min(30, Math.floor(waitSeconds)));
      return await callGateway<ApprovalState>(await effectiveSettings(), 'GET', `/api/approvals/${encodeURIComponent(approvalId)}?wait=${wait}`, { timeoutMs: (wait + 10) * 1000 });
    } catch (error) {
      if (error instanceof GatewayUnavailableError) return { status: 'unavailable', reason: error.reason };
      throw error;
    }
  },

  async cancelApproval({ approvalId }) {
    try {
      await callGateway(await effectiveSettings(), 'DELETE', `/api/approvals/${encodeURIComponent(approvalId)}`, { timeoutMs: SMALL_TIMEOUT_MS });
      return { ok: true };
    } catch {
      return { ok: false };
    }
  },

  async restore({ conversationId, text }, sender) {
    const settings = await effectiveSettings();
    if (settings.policy?.restoreResponses === false) return { text };
    try {
      const site = siteOf(sender.url ?? '');
      return await callGateway<{ text: string }>(settings, 'POST', '/api/restore', { body: { site, conversationId, text }, timeoutMs: SMALL_TIMEOUT_MS });
    } catch {
      // Without the gateway the page keeps its placeholders: nothing to restore them from.
      return { text, unavailable: true };
    }
  },

  async linkConversation({ draftId, conversationId }, sender) {
    try {
      const site = siteOf(sender.url ?? '');
      return await callGateway<{ linked: boolean }>(await effectiveSettings(), 'POST', '/api/conversation-link', {
        body: { site, draftId, conversationId },
        timeoutMs: SMALL_TIMEOUT_MS,
      });
    } catch {
      // Unlinked is the safe answer: the draft's placeholders are then never restored under another id.
      return { linked: false };
    }
  },

  async status({ tabId }) {
    const settings = await effectiveSettings();
    let connected = false;
    if (settings.token) connected = await refreshPolicy();
    const policy = (await cachedPolicyItem.getValue()) ?? undefined;
    return {
      connected,
      paired: settings.token !== null,
      gatewayUrl: settings.gatewayUrl,
      ...(policy ? { policy: { name: policy.name, version: policy.version, failMode: settings.failMode } } : {}),
      counts: tabId === undefined ? {} : await countFor(tabId),
      degraded: tabId === undefined ? [] : await degradedControls(tabId),
    };
  },

  async uiLink() {
    return localUiLink(await effectiveSettings());
  },

  async warm() {
    const settings = await effectiveSettings();
    if (!settings.token) return { ok: false };
    try {
      // A cheap call on the way the next inspection will go: the channel once open, HTTP's kept-alive connection until then.
      channel.connect(settings);
      await callOverChannel(channel, settings, 'GET /api/health', { timeoutMs: SMALL_TIMEOUT_MS });
      return { ok: true };
    } catch {
      return { ok: false };
    }
  },

  async siteUnrecognised({ control, selectors }, sender) {
    // Only a content script speaks for a page; its tab is where the popup shows the degraded state.
    if (sender.tabId === undefined || !sender.url) return { reported: false };
    const site = siteOf(sender.url);
    if (!(await noteUnrecognised(sender.tabId, site, control))) return { reported: false };
    try {
      const settings = await effectiveSettings();
      await callGateway(settings, 'POST', '/api/site-unrecognised', {
        body: { site, control, selectors: selectors.slice(0, 20), extensionVersion: extensionVersion() },
        timeoutMs: SMALL_TIMEOUT_MS,
      });
      return { reported: true };
    } catch {
      await releaseReport(sender.tabId, site, control);
      return { reported: false };
    }
  },

  async pair({ code, gatewayUrl }, sender) {
    // Only the options page pairs; a content script (whatever page it runs in) never may.
    if (sender.tabId !== undefined && !/^(chrome|moz)-extension:\/\//.test(sender.url ?? '')) return { ok: false, message: 'Pair from the extension options.' };
    const settings = await effectiveSettings();
    if (settings.locked && gatewayUrl && gatewayUrl !== settings.gatewayUrl) return { ok: false, message: 'The gateway URL is set by your administrator.' };
    const target = { gatewayUrl: (gatewayUrl ?? settings.gatewayUrl).replace(/\/+$/, ''), token: null };
    try {
      const { token } = await callGateway<{ token: string }>(target, 'POST', '/api/pair', { body: { code: code.trim(), name: 'browser extension' }, timeoutMs: SMALL_TIMEOUT_MS });
      forgetSettings();
      if (gatewayUrl) await gatewayUrlItem.setValue(target.gatewayUrl);
      await tokenItem.setValue(token);
      forgetSettings();
      await refreshPolicy();
      return { ok: true };
    } catch (error) {
      return {
        ok: false,
        message:
          error instanceof GatewayUnavailableError && error.reason === 'not-running'
            ? `promptgate does not answer at ${target.gatewayUrl}. Open the promptgate app on this computer, then try again; if it does not start, ask IT.`
            : error instanceof Error
              ? error.message
              : String(error),
      };
    }
  },
};
