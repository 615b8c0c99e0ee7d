import type { Rule } from '../rule';
import { piiRules } from './pii';
import { secretRules } from './secrets';

export const builtinRules: readonly Rule[] = [...secretRules, ...piiRules];
