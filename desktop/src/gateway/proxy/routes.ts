import type { GatewayRoute } from '../http/router';
import { anthropic } from './anthropic';
import { proxyHandler } from './handler';
import { openai } from './openai';
import type { ProxyDeps, ProxyState } from './proxy-call';
import { LoggedFields } from './logged-fields';
import { AnsweredStore } from './answered-store';
import { DetectionMemo } from './detection-memo';
import { ScopedVaults } from './scoped-vaults';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * The SDK proxy's routes: `OPENAI_BASE_URL=http://127.0.0.1:8787/openai/v1` and
 * `ANTHROPIC_BASE_URL=http://127.0.0.1:8787/anthropic` make the official SDKs call these.
 */
export function proxyRoutes(deps: ProxyDeps): GatewayRoute[] {
  // One store for both providers: its keys carry the provider, and its bounds hold for the gateway as a whole.
  const state: ProxyState = { vaults: new ScopedVaults(), detection: new DetectionMemo(), logged: new LoggedFields(), journal: new AnsweredStore() };
  return [openai, anthropic].flatMap((adapter) => {
    const handler = proxyHandler(adapter, deps, state);
    return METHODS.map((method) => [`${method} /${adapter.name}/v1/*`, 'sdk', handler] as const);
  });
}
