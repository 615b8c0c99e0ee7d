import type { Rule } from '../../rule';

/** Every built-in personal and payment data detector. */
export const piiRules: readonly Rule[] = [];
