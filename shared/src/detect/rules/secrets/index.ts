import type { Rule } from '../../rule';
import { isPeriodic } from './generic/values';
import { atNameStart } from './keyword-at';
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
 * What every secret rule shares: a context rule's keyword counts where a name or a segment of one starts
 * (`OKTA_TOKEN`, `myOktaKey`), never inside another word (`rookTable`, `global`); and a value that repeats one
 * short unit (`aB3dE5aB3dE5…`) is nobody's secret. Rules that check keyword positions themselves keep their
 * own check; rules that skip the placeholder filter judge repetition themselves.
 */
function withSharedChecks(rule: Rule): Rule {
  let shared: Rule = rule;
  if (rule.kind === 'context' && rule.keywordAt === undefined) shared = { ...rule, keywordAt: atNameStart };
  if (!rule.allowPlaceholderLike) {
    const validate = rule.validate;
    shared = { ...shared, validate: validate === undefined ? (value) => !isPeriodic(value) : (value) => !isPeriodic(value) && validate(value) };
  }
  return shared;
}

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
].map(withSharedChecks);
