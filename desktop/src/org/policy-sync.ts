import type { JWK } from 'jose';
import type { PolicyHolder } from '../gateway/policy-holder';
import { applyGroups } from './effective-policy';
import { BundleRejectedError } from './errors';
import { followEndorsements } from './key-endorsements';
import { OrgClient } from './org-client';
import { readBundleState, writeBundleState, writeEnrollment, type Enrollment } from './org-files';
import { verifyBundle, type VerifiedBundle } from './verify-bundle';

export interface OrgWarning {
  code: string;
  message: string;
  at: number;
}

export interface SyncStatus {
  version: number | null;
  lastCheckAt: number | null;
  lastCheckOk: boolean | null;
  /** A rejected bundle, until a good one arrives. */
  rejected: OrgWarning | null;
  /** The server could not be reached on the last check; the last good policy is in force. */
  unreachable: OrgWarning | null;
}

/**
 * Keeps the gateway's policy in step with the org server: the last good bundle from disk at start, then a pull
 * (with `If-None-Match`) on every `pull()`. A bundle is applied only when it verifies against the pinned keys
 * and is not older than the newest version accepted before; otherwise the current policy stays and the
 * rejection is shown.
 */
export class PolicySync {
  #status: SyncStatus = { version: null, lastCheckAt: null, lastCheckOk: null, rejected: null, unreachable: null };
  #pulling: Promise<void> | undefined;

  constructor(
    private readonly dataDir: string,
    private readonly holder: PolicyHolder,
    private readonly enrollment: () => Enrollment | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  status(): SyncStatus {
    return this.#status;
  }

  /** Applies the last good bundle kept on disk (verified again: the disk is not trusted more than the network). */
  async applyStored(): Promise<void> {
    const enrollment = this.enrollment();
    const stored = readBundleState(this.dataDir);
    if (!enrollment || !stored) return;
    try {
      this.#apply(await verifyBundle(stored.jws, enrollment.pinnedKeys), enrollment);
    } catch (error) {
      if (!(error instanceof BundleRejectedError)) throw error;
      this.#status = { ...this.#status, rejected: { code: error.code, message: `stored bundle: ${error.message}`, at: this.now() } };
    }
  }

  /** One check against the server; concurrent callers share it. Never throws: problems land in `status()`. */
  pull(): Promise<void> {
    this.#pulling ??= this.#pull().finally(() => (this.#pulling = undefined));
    return this.#pulling;
  }

  async #pull(): Promise<void> {
    const enrollment = this.enrollment();
    if (!enrollment) return;
    const stored = readBundleState(this.dataDir);
    const client = new OrgClient(enrollment.server, enrollment.token);
    let fetched: Awaited<ReturnType<OrgClient['fetchBundle']>>;
    try {
      // Without a bundle on disk (first start, or it was rejected) there is nothing to compare an ETag with.
      fetched = await client.fetchBundle(stored && this.#status.version === stored.version ? stored.etag : null);
    } catch (error) {
      this.#status = { ...this.#status, lastCheckAt: this.now(), lastCheckOk: false, unreachable: { code: 'server_unreachable', message: `org server: ${(error as Error).message}`, at: this.now() } };
      return;
    }
    this.#status = { ...this.#status, lastCheckAt: this.now(), lastCheckOk: true, unreachable: null };
    // The server's current bundle is the one in force: whatever was rejected before is no longer offered.
    if (fetched === 'not-modified') {
      this.#status = { ...this.#status, rejected: null };
      return;
    }
    try {
      const pinned = await this.#pinnedFor(fetched.jws, enrollment, client);
      const bundle = await verifyBundle(fetched.jws, pinned);
      const newestSeen = stored?.newestSeen ?? 0;
      if (bundle.version < newestSeen) throw new BundleRejectedError('older_version', `the server offered version ${bundle.version}, older than version ${newestSeen} already in force`);
      writeBundleState(this.dataDir, { jws: fetched.jws, version: bundle.version, etag: fetched.etag, newestSeen: Math.max(newestSeen, bundle.version), acceptedAt: this.now() });
      this.#apply(bundle, this.enrollment() ?? enrollment);
    } catch (error) {
      if (!(error instanceof BundleRejectedError)) throw error;
      this.#status = { ...this.#status, lastCheckOk: false, rejected: { code: error.code, message: error.message, at: this.now() } };
    }
  }

  /** A bundle signed by a key we have not pinned may follow a rotation: pin it only through an endorsement chain. */
  async #pinnedFor(jws: string, enrollment: Enrollment, client: OrgClient): Promise<readonly JWK[]> {
    const kid = kidOf(jws);
    if (!kid || enrollment.pinnedKeys.some((key) => key.kid === kid)) return enrollment.pinnedKeys;
    let endorsements: string[];
    try {
      endorsements = await client.endorsements();
    } catch {
      return enrollment.pinnedKeys;
    }
    const pinned = await followEndorsements(enrollment.pinnedKeys, endorsements);
    if (pinned.length > enrollment.pinnedKeys.length) writeEnrollment(this.dataDir, { ...enrollment, pinnedKeys: pinned });
    return pinned;
  }

  #apply(bundle: VerifiedBundle, enrollment: Enrollment): void {
    this.holder.replace(applyGroups(bundle.policy, enrollment.groups), 'org', enrollment.server);
    this.#status = { ...this.#status, version: bundle.version, rejected: null };
  }
}

function kidOf(jws: string): string | undefined {
  try {
    const header = JSON.parse(Buffer.from(jws.split('.')[0] ?? '', 'base64url').toString('utf8')) as { kid?: unknown };
    return typeof header.kid === 'string' ? header.kid : undefined;
  } catch {
    return undefined;
  }
}
