import type { JWK } from 'jose';
import type { PolicyHolder } from '../gateway/policy-holder';
import { applyGroups } from './effective-policy';
import { BundleRejectedError } from './errors';
import { followEndorsements } from './key-endorsements';
import { OrgClient, type FetchedBundle } from './org-client';
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
 * (with `If-None-Match`) on every `pull()` and a long-poll on every `watch()`. A bundle is applied only when it
 * verifies against the pinned keys, is not signed by a key that handed over or was revoked, and is not older
 * than the newest version accepted before; otherwise the current policy stays and the rejection is shown.
 */
export class PolicySync {
  /**
   * Rejections so far. A check clears the warning only when none came after it began: a long-poll answered
   * earlier, with the good bundle already in force, must not hide a forged bundle a later pull refused.
   */
  #rejections = 0;
  #status: SyncStatus = { version: null, lastCheckAt: null, lastCheckOk: null, rejected: null, unreachable: null };
  #pulling: Promise<void> | undefined;
  #orgPollSeconds: number | undefined;

  constructor(
    private readonly dataDir: string,
    private readonly holder: PolicyHolder,
    private readonly enrollment: () => Enrollment | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  status(): SyncStatus {
    return this.#status;
  }

  /** The poll interval the org server asks for (`--policy-poll-seconds`), once it answered. */
  orgPollSeconds(): number | undefined {
    return this.#orgPollSeconds;
  }

  /** Applies the last good bundle kept on disk (verified again: the disk is not trusted more than the network). */
  async applyStored(): Promise<void> {
    const enrollment = this.enrollment();
    const stored = readBundleState(this.dataDir);
    if (!enrollment || !stored) return;
    try {
      this.#apply(await verifyBundle(stored.jws, enrollment.pinnedKeys, { revoked: enrollment.revokedKids }), enrollment);
    } catch (error) {
      if (!(error instanceof BundleRejectedError)) throw error;
      this.#rejections++;
      this.#status = { ...this.#status, rejected: { code: error.code, message: `stored bundle: ${error.message}`, at: this.now() } };
    }
  }

  /** One check against the server; concurrent callers share it. Never throws: problems land in `status()`. */
  pull(): Promise<void> {
    this.#pulling ??= this.#check(undefined)
      .then(() => undefined)
      .finally(() => (this.#pulling = undefined));
    return this.#pulling;
  }

  /**
   * The push channel: one long-poll that the server answers when a new bundle is signed (or after `seconds`).
   * Separate from `pull()`, so a check asked for meanwhile does not wait behind it. Throws when the server
   * cannot be reached; `pushed: false` when the server does not hold answers (an older server, a proxy).
   */
  async watch(seconds: number, signal: AbortSignal): Promise<{ pushed: boolean }> {
    const fetched = await this.#check({ seconds, signal });
    if (!fetched) throw new Error('the org server could not be reached');
    return { pushed: fetched.waited };
  }

  async #check(wait: { seconds: number; signal: AbortSignal } | undefined): Promise<FetchedBundle | undefined> {
    const enrollment = this.enrollment();
    if (!enrollment) return undefined;
    const before = readBundleState(this.dataDir);
    const rejectionsBefore = this.#rejections;
    const client = new OrgClient(enrollment.server, enrollment.token);
    let fetched: FetchedBundle;
    try {
      // Without a bundle on disk (first start, or it was rejected) there is nothing to compare an ETag with.
      fetched = await client.fetchBundle(before && this.#status.version === before.version ? before.etag : null, wait);
    } catch (error) {
      if (wait?.signal.aborted) return undefined;
      this.#status = {
        ...this.#status,
        lastCheckAt: this.now(),
        lastCheckOk: false,
        unreachable: { code: 'server_unreachable', message: `org server: ${(error as Error).message}`, at: this.now() },
      };
      return undefined;
    }
    this.#status = { ...this.#status, lastCheckAt: this.now(), lastCheckOk: true, unreachable: null };
    if (fetched.pollSeconds) this.#orgPollSeconds = Math.min(3600, Math.max(5, fetched.pollSeconds));
    // The server's current bundle is the one in force: whatever was rejected before is no longer offered.
    if (fetched.bundle === 'not-modified') {
      if (this.#rejections === rejectionsBefore) this.#status = { ...this.#status, rejected: null };
      return fetched;
    }
    try {
      const trust = await this.#trustFor(fetched.bundle.jws, this.enrollment() ?? enrollment, client);
      const bundle = await verifyBundle(fetched.bundle.jws, trust.pinnedKeys, { revoked: trust.revokedKids, retired: trust.retiredKids });
      // Read again: a long-poll may have waited while a pull accepted a newer version.
      const newestSeen = readBundleState(this.dataDir)?.newestSeen ?? 0;
      if (bundle.version < newestSeen)
        throw new BundleRejectedError('older_version', `the server offered version ${bundle.version}, older than version ${newestSeen} already in force`);
      writeBundleState(this.dataDir, {
        jws: fetched.bundle.jws,
        version: bundle.version,
        etag: fetched.bundle.etag,
        newestSeen: Math.max(newestSeen, bundle.version),
        acceptedAt: this.now(),
      });
      this.#apply(bundle, trust, this.#rejections === rejectionsBefore);
    } catch (error) {
      if (!(error instanceof BundleRejectedError)) throw error;
      this.#rejections++;
      this.#status = { ...this.#status, lastCheckOk: false, rejected: { code: error.code, message: error.message, at: this.now() } };
    }
    return fetched;
  }

  /**
   * A bundle signed by a key we have not pinned may follow a rotation: pin it only through an endorsement chain.
   * A chain that retires a key as compromised also lowers the newest accepted version to the floor it carries,
   * at once and on disk, so the honest versions are taken even if this bundle fails for another reason.
   */
  async #trustFor(jws: string, enrollment: Enrollment, client: OrgClient): Promise<Enrollment> {
    const kid = kidOf(jws);
    const settled = (key: JWK) => key.kid === kid || enrollment.retiredKids.includes(key.kid ?? '') || enrollment.revokedKids.includes(key.kid ?? '');
    // A known kid needs no endorsements, unless another pinned key has not been seen handing over (an enrollment
    // that pinned every published key, from before retired keys were tracked).
    if (!kid || (enrollment.pinnedKeys.some((key) => key.kid === kid) && enrollment.pinnedKeys.every(settled))) return enrollment;
    let endorsements: string[];
    try {
      endorsements = await client.endorsements();
    } catch {
      return enrollment;
    }
    const followed = await followEndorsements({ keys: enrollment.pinnedKeys, retired: enrollment.retiredKids, revoked: enrollment.revokedKids }, endorsements);
    if (
      followed.keys.length === enrollment.pinnedKeys.length &&
      followed.retired.length === enrollment.retiredKids.length &&
      followed.revoked.length === enrollment.revokedKids.length
    )
      return enrollment;
    const updated: Enrollment = { ...enrollment, pinnedKeys: followed.keys, retiredKids: followed.retired, revokedKids: followed.revoked };
    if (followed.versionFloor !== undefined) {
      const state = readBundleState(this.dataDir);
      if (state) writeBundleState(this.dataDir, { ...state, newestSeen: Math.max(1, followed.versionFloor) });
    }
    writeEnrollment(this.dataDir, updated);
    return updated;
  }

  #apply(bundle: VerifiedBundle, enrollment: Enrollment, clearRejection = true): void {
    this.holder.replace(applyGroups(bundle.policy, enrollment.groups), 'org', enrollment.server);
    this.#status = { ...this.#status, version: bundle.version, ...(clearRejection ? { rejected: null } : {}) };
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
