import { EventEmitter, once } from 'node:events';
import { stringify } from 'yaml';
import { defaultPolicyInput, loadPolicy, policySchema, type Policy } from '@promptgate/shared';
import { CachedRead } from '../db/cached-read';
import type { ChangeBus } from '../db/change-bus';
import type { SqlDatabase, SqlExecutor } from '../db/sql';
import { SIGN_AGAIN, type KeyStore } from '../keys/key-store';
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

const LATEST_SQL = 'SELECT * FROM policy_versions ORDER BY version DESC LIMIT 1';

/**
 * Policy versions and their signed bundles. Versions only grow: a rollback is a new version with old content,
 * so a gateway that refuses older versions still takes it. The policy's own `version` field is set to the
 * server's version number, so what a gateway shows matches the history here.
 *
 * Replicas share versions and bundles through the database. The current bundle is kept in memory and dropped on
 * every replica when one stores a new one (a `policy` notification) or rotates the key (`keys`), so each serves
 * the new version as soon as it hears of it.
 */
export class PolicyStore {
  readonly #current = new CachedRead(() => this.#loadCurrent());
  /** `changed` whenever the current bundle may have changed: what a waiting gateway is woken by. */
  readonly #changed = new EventEmitter();

  constructor(
    private readonly db: SqlDatabase,
    private readonly bus: ChangeBus,
    private readonly now: () => number,
    private readonly keys: KeyStore,
    /** Told of every bundle this replica signed, once it is stored (publishing to a directory or bucket). */
    private readonly onSigned: (bundle: SignedBundle) => void = () => undefined,
  ) {
    this.#changed.setMaxListeners(0);
    bus.subscribe('policy', () => this.#drop());
    // A rotation elsewhere: the newest bundle may be signed with a retired key, and is signed again when read.
    bus.subscribe('keys', () => this.#drop());
    bus.onResync(() => this.#drop());
  }

  /** The newest version's bundle; a fresh server makes version 1 from the built-in default policy. */
  currentBundle(): Promise<SignedBundle> {
    return this.#current.get();
  }

  /** Validates and stores a new version. Throws `PolicyRejectedError` with every problem. */
  async push(text: string, format: PolicyFormat, author: string, comment: string): Promise<{ version: PolicyVersion; bundle: SignedBundle }> {
    const loaded = loadPolicy(text, format);
    if (!loaded.ok) throw new PolicyRejectedError(loaded.errors);
    await this.currentBundle();
    return (await this.#store({ text, format, policy: loaded.policy, author, comment, rollbackOf: null }, false))!;
  }

  async rollback(to: number, author: string, comment: string): Promise<{ version: PolicyVersion; bundle: SignedBundle }> {
    const row = await this.#row(to);
    const policy = policySchema.parse(JSON.parse(row.policy_json));
    return (await this.#store({ text: row.text, format: row.format, policy, author, comment: comment || `rollback to version ${to}`, rollbackOf: to }, false))!;
  }

  /** Re-signs the newest version with the (new) active key: after a rotation. */
  async resign(): Promise<SignedBundle> {
    const latest = await this.db.get<VersionRow>(LATEST_SQL);
    if (latest) await this.#sign(latest);
    return this.currentBundle();
  }

  /**
   * Resolves once the current bundle's ETag is no longer `etag`, or after `ms`, or on `signal`: a gateway's
   * long-poll waits here, so a push on any replica reaches it at once instead of at its next poll.
   */
  async waitForChange(etag: string, ms: number, signal: AbortSignal): Promise<void> {
    if ((await this.currentBundle()).etag !== etag || signal.aborted) return;
    const done = AbortSignal.any([signal, AbortSignal.timeout(ms)]);
    try {
      await once(this.#changed, 'changed', { signal: done });
    } catch {
      // Timed out or aborted: the caller answers with whatever is current.
    }
  }

  async history(limit = 100): Promise<PolicyVersion[]> {
    const rows = await this.db.all<VersionRow>('SELECT * FROM policy_versions ORDER BY version DESC LIMIT ?', [limit]);
    return rows.map(toVersion);
  }

  async get(version: number): Promise<PolicyVersion & { text: string }> {
    const row = await this.#row(version);
    return { ...toVersion(row), text: row.text };
  }

  async diff(from: number, to: number): Promise<DiffLine[]> {
    return lineDiff((await this.#row(from)).text, (await this.#row(to)).text);
  }

  #drop(): void {
    this.#current.drop();
    this.#changed.emit('changed');
  }

  async #loadCurrent(): Promise<SignedBundle> {
    for (;;) {
      const latest = await this.db.get<VersionRow>(LATEST_SQL);
      if (!latest) {
        const defaults = { text: stringify(defaultPolicyInput), format: 'yaml' as const, policy: policySchema.parse(defaultPolicyInput) };
        const first = await this.#store({ ...defaults, author: 'promptgate', comment: 'built-in default policy', rollbackOf: null }, true);
        if (first) return first.bundle;
        // Another replica stored version 1 first: read it.
        continue;
      }
      const bundle = await this.db.get<SignedBundle>('SELECT version, kid, jws, etag FROM bundles WHERE version = ?', [latest.version]);
      const active = await this.keys.active();
      return bundle && bundle.kid === active.kid ? bundle : this.#sign(latest);
    }
  }

  /**
   * Stores the next version and its bundle in one transaction. The version number is read before signing and
   * checked again inside it: a push that raced another replica's is signed again with the next number.
   * `onlyFirst`: store it as version 1 or not at all (the built-in default, which replicas may race to make).
   */
  async #store(input: NewVersion, onlyFirst: boolean): Promise<{ version: PolicyVersion; bundle: SignedBundle } | undefined> {
    const result = await this.keys.signWithActiveKey(
      async (key) => {
        const version = (await newestVersion(this.db)) + 1;
        const createdAt = this.now();
        const policy: Policy = { ...input.policy, version };
        const bundle = await signBundle({ version, issuedAt: createdAt, author: input.author, comment: input.comment, policy }, key);
        return { version, createdAt, policy, bundle };
      },
      async (tx, signed) => {
        const newest = await newestVersion(tx);
        if (onlyFirst && newest > 0) return undefined;
        if (newest !== signed.version - 1) return SIGN_AGAIN;
        await tx.run('INSERT INTO policy_versions (version, text, format, policy_json, author, comment, created_at, rollback_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
          signed.version,
          input.text,
          input.format,
          JSON.stringify(signed.policy),
          input.author,
          input.comment,
          signed.createdAt,
          input.rollbackOf,
        ]);
        await storeBundle(tx, signed.bundle);
        await this.bus.publish('policy', String(signed.version), tx);
        return signed;
      },
    );
    if (!result) return undefined;
    this.#signed(result.bundle);
    const { version, createdAt, bundle } = result;
    return { version: { version, author: input.author, comment: input.comment, createdAt, format: input.format, rollbackOf: input.rollbackOf }, bundle };
  }

  /** Signs a stored version again with the active key, unless another replica already did. */
  async #sign(row: VersionRow): Promise<SignedBundle> {
    const { bundle, fresh } = await this.keys.signWithActiveKey(
      (key) => signBundle({ version: row.version, issuedAt: this.now(), author: row.author, comment: row.comment, policy: JSON.parse(row.policy_json) as Policy }, key),
      async (tx, signed, key) => {
        const stored = await tx.get<SignedBundle>('SELECT version, kid, jws, etag FROM bundles WHERE version = ?', [row.version]);
        if (stored?.kid === key.kid) return { bundle: stored, fresh: false };
        await storeBundle(tx, signed);
        await this.bus.publish('policy', String(row.version), tx);
        return { bundle: signed, fresh: true };
      },
    );
    if (fresh) this.#signed(bundle);
    return bundle;
  }

  /** After this replica's commit: read again at once (its own notification comes a moment later), and published. */
  #signed(bundle: SignedBundle): void {
    this.#drop();
    this.onSigned(bundle);
  }

  async #row(version: number): Promise<VersionRow> {
    const row = await this.db.get<VersionRow>('SELECT * FROM policy_versions WHERE version = ?', [version]);
    if (!row) throw new UnknownVersionError(version);
    return row;
  }
}

interface NewVersion {
  text: string;
  format: PolicyFormat;
  policy: Policy;
  author: string;
  comment: string;
  rollbackOf: number | null;
}

async function newestVersion(db: SqlExecutor): Promise<number> {
  return (await db.get<{ version: number | null }>('SELECT MAX(version) AS version FROM policy_versions'))?.version ?? 0;
}

async function storeBundle(tx: SqlExecutor, bundle: SignedBundle): Promise<void> {
  await tx.run(
    'INSERT INTO bundles (version, kid, jws, etag) VALUES (?, ?, ?, ?) ON CONFLICT (version) DO UPDATE SET kid = excluded.kid, jws = excluded.jws, etag = excluded.etag',
    [bundle.version, bundle.kid, bundle.jws, bundle.etag],
  );
}

function toVersion(row: VersionRow): PolicyVersion {
  return { version: row.version, author: row.author, comment: row.comment, createdAt: row.created_at, format: row.format, rollbackOf: row.rollback_of };
}
