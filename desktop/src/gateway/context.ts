import type { AgentRuns } from './agent-runs';
import type { VaultStore } from '@promptgate/shared';
import type { LogUnavailableError } from '../log';
import type { ApprovalQueue } from './approvals/approval-queue';
import type { DetectPool } from './inspect-pool/detect-pool';
import type { PolicyHolder } from './policy-holder';
import type { Recorder } from './recorder';
import type { RecentEvents } from './recent-events';

/** Who is calling, once a token checked out. */
export interface Caller {
  kind: 'extension' | 'sdk' | 'ui';
  name: string;
}

/** Everything a handler may use; built once per gateway in `start.ts`. */
export interface GatewayServices {
  port: number;
  policy: PolicyHolder;
  vaults: VaultStore;
  approvals: ApprovalQueue;
  recorder: Recorder;
  recentEvents: RecentEvents;
  /** Worker threads for detection in large requests (see `inspectOffThread`). */
  detectPool: DetectPool;
  /** Keyed hash of a finding's value for the record (HMAC with the installation key). */
  hashValue: (value: string) => string;
  /** Why the session log refuses events right now (a full disk), or undefined when it takes them. */
  logFault(): LogUnavailableError | undefined;
  /** Where each SDK client's model calls went today, for its MCP tool calls to join (`AgentRuns`). */
  agentRuns: AgentRuns;
  /** Aborted when the gateway shuts down, so long-polls end at once. */
  shutdown: AbortSignal;
}

export interface RequestContext {
  services: GatewayServices;
  caller: Caller;
}
