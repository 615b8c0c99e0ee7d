import type { Rule } from '../../rule';
import { rules as ai } from './ai';
import { rules as chat } from './chat';
import { rules as ci } from './ci';
import { rules as cloud } from './cloud';
import { rules as codehost } from './codehost';
import { rules as generic } from './generic';
import { rules as infra } from './infra';
import { rules as keys } from './keys';
import { rules as messaging } from './messaging';
import { rules as observability } from './observability';
import { rules as payments } from './payments';
import { rules as registry } from './registry';
import { rules as saas } from './saas';
import { rules as social } from './social';

/**
 * Every built-in secret rule. Order matters only for context rules sharing a token shape: specific
 * families come first, and `generic` (keyword + entropy, the fallback) comes last.
 */
export const secretRules: readonly Rule[] = [
  ...keys,
  ...cloud,
  ...codehost,
  ...ci,
  ...registry,
  ...infra,
  ...ai,
  ...chat,
  ...saas,
  ...payments,
  ...messaging,
  ...observability,
  ...social,
  ...generic,
];
