import { EventEmitter, once } from 'node:events';
import { stringify } from 'yaml';
import { defaultPolicyInput, loadPolicy, policySchema, type Policy } from '@promptgate/shared';
import type { Db } from '../db/open-db';
import type { KeyStore } from '../keys/key-store';
import { signBundle, type SignedBundle } from './bundle';
import { PolicyRejectedError, UnknownVersionError } from './errors';
import { lineDiff, type DiffLine } from './line-diff';

export interface PolicyVersion {
  version: number;
  author: string;
  comment: string;
  createdAt: number;
  format: 'yaml' | 'json';
  rollbackOf: number | null;
}

interface VersionRow {
  version: number;
  text: string;
  format: 'yaml' | 'json';
  policy_json: string;
  author: string;
  comment: string;
  created_at: number;
  rollback_of: number | null;
}

export type PolicyFormat = 'yaml' | 'json';

/**
 * Policy versions and their signed bundles. Versions only grow: a rollback is a new version with old content,
 * so a gateway that refuses older versions still takes it. The policy's own `version` field is set to the
 * server's version number, so what a gateway shows matches the history here.
 */
export class PolicyStore {
  #current: SignedBundle | undefined;
  /** `bundle` on every newly signed bundle: what a waiting gateway is answered with. */
  readonly #signed = new EventEmitter();

  constructor(
    private readonly db: Db,
    private readonly keys: KeyStore,
    private readonly now: () => number = Date.now,
    /** Told of every bundle once it is stored and before gateways are answered with it (publishing). */
    private readonly onSigned: (bundle: SignedBundle) => void = () => undefined,
  ) {}

  /** The newest version's bundle; a fresh server makes version 1 from the built-in default policy. */
  async currentBundle(): Promise<SignedBundle> {
    if (this.#current) return this.#current;
    const latest = this.#latestRow();
    if (!latest) return (await this.#store(stringify(defaultPolicyInput), 'yaml', policySchema.parse(defaultPolicyInput), 'promptgate', 'built-in default policy', null)).bundle;
    const row = this.db.prepare('SELECT version, kid, jws, etag FROM bundles WHERE version = ?').get(latest.version) as SignedBundle | undefined;
    const active = await this.keys.active();
    this.#current = row && row.kid === active.kid ? row : await this.#sign(latest);
    return this.#current;
  }

  /** Validates and stores a new version. Throws `PolicyRejectedError` with every problem. */
  async push(text: string, format: PolicyFormat, author: string, comment: string): Promise<{ version: PolicyVersion; bundle: SignedBundle }> {
    const loaded = loadPolicy(text, format);
    if (!loaded.ok) throw new PolicyRejectedError(loaded.errors);
    await this.currentBundle();
    return this.#store(text, format, loaded.policy, author, comment, null);
  }

  async rollback(to: number, author: string, comment: string): Promise<{ version: PolicyVersion; bundle: SignedBundle }> {
    const row = this.#row(to);
    return this.#store(row.text, row.format, policySchema.parse(JSON.parse(row.policy_json)), author, comment || `rollback to version ${to}`, to);
  }

  /** Re-signs the newest version with the (new) active key: after a rotation. */
  async resign(): Promise<SignedBundle> {
    const latest = this.#latestRow();
    this.#current = latest ? await this.#sign(latest) : undefined;
    return this.currentBundle();
  }

  /**
   * Resolves once the current bundle's ETag is no longer `etag`, or after `ms`, or on `signal`: a gateway's
   * long-poll waits here, so a push reaches it at once instead of at its next poll.
   */
  async waitForChange(etag: string, ms: number, signal: AbortSignal): Promise<void> {
    if ((await this.currentBundle()).etag !== etag || signal.aborted) return;
    this.#signed.setMaxListeners(0);
    const done = AbortSignal.any([signal, AbortSignal.timeout(ms)]);
    try {
      await once(this.#signed, 'bundle', { signal: done });
    } catch {
      // Timed out or aborted: the caller answers with whatever is current.
    }
  }

  history(limit = 100): PolicyVersion[] {
    const rows = this.db.prepare('SELECT * FROM policy_versions ORDER BY version DESC LIMIT ?').all(limit) as VersionRow[];
    return rows.map(toVersion);
  }

  get(version: number): PolicyVersion & { text: string } {
    const row = this.#row(version);
    return { ...toVersion(row), text: row.text };
  }

  diff(from: number, to: number): DiffLine[] {
    return lineDiff(this.#row(from).text, this.#row(to).text);
  }

  async #store(text: string, format: PolicyFormat, policy: Policy, author: string, comment: string, rollbackOf: number | null) {
    const version = (this.#latestRow()?.version ?? 0) + 1;
    const stored: Policy = { ...policy, version };
    const createdAt = this.now();
    this.db
      .prepare('INSERT INTO policy_versions (version, text, format, policy_json, author, comment, created_at, rollback_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(version, text, format, JSON.stringify(stored), author, comment, createdAt, rollbackOf);
    const bundle = await this.#sign(this.#row(version));
    return { version: { version, author, comment, createdAt, format, rollbackOf }, bundle };
  }

  async #sign(row: VersionRow): Promise<SignedBundle> {
    const key = await this.keys.active();
    const bundle = await signBundle({ version: row.version, issuedAt: this.now(), author: row.author, comment: row.comment, policy: JSON.parse(row.policy_json) as Policy }, key);
    this.db.prepare('INSERT OR REPLACE INTO bundles (version, kid, jws, etag) VALUES (?, ?, ?, ?)').run(bundle.version, bundle.kid, bundle.jws, bundle.etag);
    this.onSigned(bundle);
    this.#current = bundle;
    this.#signed.emit('bundle', bundle);
    return bundle;
  }

  #latestRow(): VersionRow | undefined {
    return this.db.prepare('SELECT * FROM policy_versions ORDER BY version DESC LIMIT 1').get() as VersionRow | undefined;
  }

  #row(version: number): VersionRow {
    const row = this.db.prepare('SELECT * FROM policy_versions WHERE version = ?').get(version) as VersionRow | undefined;
    if (!row) throw new UnknownVersionError(version);
    return row;
  }
}

function toVersion(row: VersionRow): PolicyVersion {
  return { version: row.version, author: row.author, comment: row.comment, createdAt: row.created_at, format: row.format, rollbackOf: row.rollback_of };
}
