import type { RequestContext } from '../context';
import type { Handler } from '../http/router';
import type { ProviderKeySource } from '../provider-keys/providers';
import type { AnsweredStore } from './answered-store';
import type { CallCancel } from './call-cancel';
import type { DetectionMemo } from './detection-memo';
import type { LoggedFields } from './logged-fields';
import type { HoldClock } from './reply/hold-clock';
import type { ScopedVaults } from './scoped-vaults';
import type { ProviderAdapter } from './types';
import type { UpstreamClient } from './upstream-client';
import type { Upstreams } from './upstreams';

/** What the proxy needs beyond the gateway's services. */
export interface ProxyDeps {
  upstreams: Upstreams;
  keys: ProviderKeySource;
  client: UpstreamClient;
  onError: (error: unknown, where: string) => void;
  /** The clock of the bound on held reply text; the system's when not given. */
  clock?: HoldClock;
}

/** One proxied request, once routed and authenticated. */
export interface ProxyCall {
  adapter: ProviderAdapter;
  deps: ProxyDeps;
  context: Parameters<Handler<RequestContext>>[0];
  /** Path under `/v1/`, e.g. `chat/completions`. */
  rest: string;
  target: URL;
  /** Headers that authenticate upstream. */
  auth: Record<string, string>;
  /** The placeholder vaults of every scope the provider sees together. */
  vaults: ScopedVaults;
  /** Findings of request texts seen before (an agent's history, resent on every call). */
  detection: DetectionMemo;
  /** The prompt fields each session's log holds already, so an agent's resent history is logged once. */
  logged: LoggedFields;
  /** Stores the session log's journaled events once calls are answered. */
  journal: AnsweredStore;
  /** Cancelled when the client goes away: the upstream request (and a pending approval) with it. */
  cancel: CallCancel;
}

/** What the proxy keeps across calls, one of each for the gateway. */
export type ProxyState = Pick<ProxyCall, 'vaults' | 'detection' | 'logged' | 'journal'>;
