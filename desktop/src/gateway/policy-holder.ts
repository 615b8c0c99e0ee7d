import { compileCustomDetectors, defaultPolicy, type Policy, type Rule } from '@promptgate/shared';

export type PolicySource = 'default' | 'file' | 'org';

export interface ActivePolicy {
  policy: Policy;
  /** The policy's custom detectors, compiled once per policy (detect caches its engine per array). */
  extraRules: readonly Rule[];
  source: PolicySource;
  /** File path or org server URL; empty for the default. */
  origin: string;
  loadedAt: number;
}

/** The policy in force. Swapped as a whole, so a request sees one consistent policy from start to end. */
export class PolicyHolder {
  #active: ActivePolicy;
  readonly #listeners = new Set<(active: ActivePolicy) => void>();

  constructor(policy: Policy = defaultPolicy, source: PolicySource = 'default', origin = '') {
    this.#active = PolicyHolder.#activate(policy, source, origin);
  }

  get active(): ActivePolicy {
    return this.#active;
  }

  replace(policy: Policy, source: PolicySource, origin: string): void {
    this.#active = PolicyHolder.#activate(policy, source, origin);
    for (const listener of this.#listeners) listener(this.#active);
  }

  onChange(listener: (active: ActivePolicy) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  static #activate(policy: Policy, source: PolicySource, origin: string): ActivePolicy {
    return { policy, extraRules: compileCustomDetectors(policy.custom), source, origin, loadedAt: Date.now() };
  }
}
