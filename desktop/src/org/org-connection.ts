import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { ApprovalQueue } from '../gateway/approvals/approval-queue';
import type { PolicyHolder } from '../gateway/policy-holder';
import type { DecisionRecord } from '../gateway/recorder';
import type { StoredEvent } from '../log';
import { ApprovalForwarder, type ForwarderOptions } from './approval-forwarder';
import { toAuditEvent } from './audit-event';
import { AuditOutbox } from './audit-outbox';
import { AuditShipper, type ShipperOptions, type ShipperStatus } from './audit-shipper';
import { backoffDelay } from './backoff';
import { enrollDevice } from './enroll';
import { OrgClient } from './org-client';
import { readEnrollment, type Enrollment } from './org-files';
import { PolicySync, type OrgWarning, type SyncStatus } from './policy-sync';

/** Least time from one push-channel long-poll to the next. */
const MIN_PUSH_GAP_MS = 250;

export interface OrgOptions {
  /** How often the bundle is checked while the push channel is down; default the org server's setting, else one minute. */
  pollIntervalMs?: number;
  /** Push channel: how long one long-poll waits for a new bundle (seconds); 0 turns push off. Default 25. */
  pushWaitSeconds?: number;
  shipper?: ShipperOptions;
  approvals?: ForwarderOptions;
}

export interface OrgStatus {
  enrolled: boolean;
  server: string | null;
  user: string | null;
  groups: string[];
  deviceName: string | null;
  policy: { source: string; name: string; version: number; origin: string; pollSeconds: number } & Pick<SyncStatus, 'lastCheckAt' | 'lastCheckOk'>;
  audit: ShipperStatus | null;
  warnings: OrgWarning[];
}

export interface OrgConnectionDeps {
  dataDir: string;
  policy: PolicyHolder;
  approvals: ApprovalQueue;
  record: (record: DecisionRecord) => void;
  onError: (error: unknown, where: string) => void;
}

/**
 * The gateway's link to its org: policy sync, org approvals and audit shipping, all driven by the enrollment
 * file in the data directory (written by `promptgate enroll` or the settings page). Not enrolled: every part
 * is idle and the local or default policy applies.
 */
export class OrgConnection {
  #enrollment: Enrollment | undefined;
  #enrollmentStamp = -1;
  readonly #sync: PolicySync;
  readonly #outbox: AuditOutbox;
  readonly #shipper: AuditShipper;
  readonly #forwarder: ApprovalForwarder;
  #timer: NodeJS.Timeout | undefined;
  readonly #closed = new AbortController();

  private constructor(
    private readonly deps: OrgConnectionDeps,
    private readonly options: OrgOptions,
  ) {
    this.#sync = new PolicySync(deps.dataDir, deps.policy, () => this.enrollment());
    this.#outbox = new AuditOutbox(deps.dataDir);
    this.#shipper = new AuditShipper(this.#outbox, () => this.#client(), options.shipper);
    this.#forwarder = new ApprovalForwarder(deps.approvals, deps.policy, () => this.#client(), deps.record, deps.onError, options.approvals);
  }

  /** Applies the last good bundle before the gateway answers anything, then starts pulling and shipping. */
  static async start(deps: OrgConnectionDeps, options: OrgOptions = {}): Promise<OrgConnection> {
    const org = new OrgConnection(deps, options);
    await org.#sync.applyStored();
    org.#tick();
    void org.#watch();
    return org;
  }

  /** The enrollment on disk; re-read when the file changes (another process may have enrolled). */
  enrollment(): Enrollment | undefined {
    const file = join(this.deps.dataDir, 'org-enrollment.json');
    let stamp = 0;
    try {
      stamp = statSync(file).mtimeMs;
    } catch {
      stamp = 0;
    }
    if (stamp !== this.#enrollmentStamp) {
      this.#enrollment = stamp ? readEnrollment(this.deps.dataDir) : undefined;
      this.#enrollmentStamp = stamp;
    }
    return this.#enrollment;
  }

  async enroll(server: string, code: string, fingerprint?: string): Promise<OrgStatus> {
    await enrollDevice(this.deps.dataDir, { server, code, ...(fingerprint !== undefined ? { fingerprint } : {}) });
    await this.#sync.pull();
    // The timer was set before there was an org to ask: now the org's interval applies.
    this.#schedule();
    this.#shipper.poke();
    return this.status();
  }

  /** Checks the server now (tests, the settings page). */
  pullPolicy(): Promise<void> {
    return this.#sync.pull();
  }

  /** After an event is durable in the session log: queue it for the org when the policy says to ship. */
  onRecorded(event: StoredEvent): void {
    const active = this.deps.policy.active;
    if (active.source !== 'org' || !active.policy.logging.ship || !this.enrollment()) return;
    this.#outbox.enqueue(toAuditEvent(event, { storeMaskedPrompts: active.policy.logging.storeMaskedPrompts }));
    this.#shipper.poke();
  }

  flushAudit(): Promise<void> {
    return this.#shipper.flush();
  }

  isOrgApproval(localId: string): boolean {
    return this.#forwarder.isOrgApproval(localId);
  }

  status(): OrgStatus {
    const enrollment = this.enrollment();
    const sync = this.#sync.status();
    const active = this.deps.policy.active;
    const warnings = [sync.rejected, sync.unreachable].filter((w): w is OrgWarning => w !== null);
    if (enrollment && active.source !== 'org')
      warnings.push({ code: 'no_org_policy', message: 'enrolled, but no org policy has been received yet; the local policy applies', at: Date.now() });
    return {
      enrolled: enrollment !== undefined,
      server: enrollment?.server ?? null,
      user: enrollment?.user ?? null,
      groups: enrollment?.groups ?? [],
      deviceName: enrollment?.deviceName ?? null,
      policy: {
        source: active.source,
        name: active.policy.name,
        version: active.policy.version,
        origin: active.origin,
        pollSeconds: Math.round(this.#pollIntervalMs() / 1000),
        lastCheckAt: sync.lastCheckAt,
        lastCheckOk: sync.lastCheckOk,
      },
      audit: enrollment ? this.#shipper.status() : null,
      warnings,
    };
  }

  close(): void {
    this.#closed.abort();
    clearTimeout(this.#timer);
    this.#forwarder.close();
    this.#shipper.stop();
    this.#outbox.close();
  }

  #tick(): void {
    void this.#sync.pull().catch((error: unknown) => this.deps.onError(error, 'org policy sync'));
    void this.#shipper.flush();
    this.#schedule();
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#tick(), this.#pollIntervalMs());
    this.#timer.unref();
  }

  /** This gateway's own setting wins; else the org server's; else one minute. */
  #pollIntervalMs(): number {
    const org = this.#sync.orgPollSeconds();
    return this.options.pollIntervalMs ?? (org ? org * 1000 : 60_000);
  }

  /**
   * The push channel: long-polls one after another, so a push is enforced within moments. When the server
   * cannot be reached or does not hold answers, it backs off (up to the poll interval) and the poll carries on.
   */
  async #watch(): Promise<void> {
    const seconds = this.options.pushWaitSeconds ?? 25;
    if (seconds <= 0) return;
    const signal = this.#closed.signal;
    let failures = 0;
    while (!signal.aborted) {
      if (!this.enrollment()) {
        await sleep(1000, signal);
        continue;
      }
      let outcome: Awaited<ReturnType<PolicySync['watch']>> | undefined;
      const started = Date.now();
      try {
        outcome = await this.#sync.watch(seconds, signal);
      } catch (error) {
        if (signal.aborted) return;
        if (!String(error).includes('could not be reached')) this.deps.onError(error, 'org policy push');
      }
      // A bundle refused is answered at once again on the next long-poll: wait as after a failure.
      failures = outcome?.pushed && !this.#sync.status().rejected ? 0 : failures + 1;
      if (failures > 0) await sleep(backoffDelay(failures - 1, { minMs: 1000, maxMs: this.#pollIntervalMs() }), signal);
      // A server that answers at once (one shutting down, a proxy that cuts waits) must not get a request loop.
      else await sleep(Math.max(0, MIN_PUSH_GAP_MS - (Date.now() - started)), signal);
    }
  }

  #client(): OrgClient | undefined {
    const enrollment = this.enrollment();
    return enrollment ? new OrgClient(enrollment.server, enrollment.token) : undefined;
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    timer.unref();
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
