import { policySchema, type Policy, type PolicyInput } from './schema';

/** What applies without an org: secrets never leave in clear, private keys never leave at all, PII asks. */
export const defaultPolicyInput = {
  version: 1,
  name: 'promptgate default',
  detectors: [
    // Every private-key format (`pgp-private-key`, `openssh-private-key`, `putty-private-key`, ...): a glob is
    // more specific than the `secret` category, so it wins.
    { type: '*private-key*', action: 'block' },
    { category: 'secret', action: 'redact' },
    { category: 'pii', action: 'warn' },
    { category: 'custom', action: 'redact' },
  ],
  defaultAction: 'redact',
  failMode: 'closed',
  approval: { approvers: 'local', timeoutSeconds: 300, allowSelfApproval: false },
} satisfies PolicyInput;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Frozen: it is shared by every caller, and a mutation would silently change everyone's policy. */
export const defaultPolicy: Policy = deepFreeze(policySchema.parse(defaultPolicyInput));
