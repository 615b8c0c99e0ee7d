import { compileLinearRegex } from '../regex/linear-regex';
import { BUILTIN_TOOL_RULES, Readable } from './builtin-pack';
import { COMMAND_ARGUMENTS, type ToolCallAction, type ToolCallPolicy, type ToolCallRule } from './tool-call-policy';

/** A tool call as a model wrote it: the tool's name and its arguments, as JSON text or already parsed. */
export interface ToolCall {
  name: string;
  arguments: unknown;
}

export interface ToolCallDecision {
  action: ToolCallAction;
  /** The rule that decided; absent when nothing matched (allowed). */
  rule?: { id: string; title: string; source: 'policy' | 'builtin' };
  /** The argument text the rule matched in, cut to a readable length, for approvers and the session log. */
  shown?: string;
}

/**
 * Longest argument text judged. A longer one is held for a person to look at rather than judged on its start:
 * padding a command past a limit must not be a way around the policy.
 */
export const MAX_ARGUMENT_CHARS = 1024 * 1024;
const SHOWN_CHARS = 500;
const STRICTNESS: Record<ToolCallAction, number> = { allow: 0, hold: 1, block: 2 };

/** The arguments as an object: JSON text parsed; text that is not JSON (a custom tool's raw input) is `input`. */
function argumentsOf(call: ToolCall): Record<string, unknown> {
  let value = call.arguments;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return { input: value };
    }
  }
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { input: value };
}

/** An argument's text: a string as it is, a list of strings as the command line it stands for, anything else as JSON. */
function textOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  // An argv (Codex's `["bash", "-lc", "…"]`): each element a word, quoted as a shell would need it.
  if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
    return value.map((word) => (/[\s'"]/.test(word) ? `'${word.replaceAll("'", `'"'"'`)}'` : word)).join(' ');
  return JSON.stringify(value);
}

/** `Bash|shell|run_*`: alternatives of a glob where `*` is any run of characters, matched by hand (linear). */
export function toolNameMatches(glob: string, name: string): boolean {
  return glob.split('|').some((alternative) => globMatches(alternative.trim(), name));
}

function globMatches(glob: string, name: string): boolean {
  const parts = glob.split('*');
  if (parts.length === 1) return glob === name;
  if (!name.startsWith(parts[0]!) || !name.endsWith(parts[parts.length - 1]!)) return false;
  let at = parts[0]!.length;
  const end = name.length - parts[parts.length - 1]!.length;
  for (let i = 1; i < parts.length - 1; i++) {
    const found = name.indexOf(parts[i]!, at);
    if (found < 0 || found + parts[i]!.length > end) return false;
    at = found + parts[i]!.length;
  }
  return at <= end;
}

interface CompiledRule {
  rule: ToolCallRule;
  matches: (text: string) => boolean;
}

const compiled = new WeakMap<ToolCallPolicy, CompiledRule[]>();

function compile(policy: ToolCallPolicy): CompiledRule[] {
  let rules = compiled.get(policy);
  if (rules) return rules;
  rules = policy.rules.map((rule) => {
    if (rule.pattern === undefined) return { rule, matches: () => true };
    const regex = compileLinearRegex(rule.pattern, rule.flags);
    return { rule, matches: (text: string) => regex.matcher(text).find() };
  });
  compiled.set(policy, rules);
  return rules;
}

/** An argument too long to judge: held, so a person decides. */
function unreadable(text: string): ToolCallDecision {
  return {
    action: 'hold',
    rule: { id: 'too-long-to-check', title: `An argument longer than ${MAX_ARGUMENT_CHARS / 1024} KB, too long to check`, source: 'builtin' },
    shown: shown(text),
  };
}

const shown = (text: string) => (text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text);

/**
 * The policy's answer for one tool call (see `tool-call-policy.ts` for the order rules are read in). Pure and
 * linear in the arguments: the gateway runs it on every tool call of a reply before the agent sees it.
 */
export function decideToolCall(call: ToolCall, policy: ToolCallPolicy): ToolCallDecision {
  const args = argumentsOf(call);
  // The whole arguments as JSON only for an admin rule that reads them: the built-in pack never does.
  let whole: string | undefined;
  const wholeText = () => (whole ??= textOf(args)!);
  const textsFor = (names: readonly string[] | undefined): string[] => (names === undefined ? [wholeText()] : names.flatMap((name) => textOf(args[name]) ?? []));
  const tooLong = (texts: string[]) => texts.find((text) => text.length > MAX_ARGUMENT_CHARS);

  for (const { rule, matches } of compile(policy)) {
    if (!toolNameMatches(rule.tool, call.name)) continue;
    // A rule without a pattern takes any call of its tools: nothing to read.
    const texts = rule.pattern === undefined ? [] : textsFor(rule.arguments);
    const long = tooLong(texts);
    if (long !== undefined) return unreadable(long);
    const hit = rule.pattern === undefined ? wholeText() : texts.find((text) => matches(text));
    if (hit === undefined) continue;
    return { action: rule.action, rule: { id: rule.id, title: rule.title ?? rule.id, source: 'policy' }, shown: shown(hit) };
  }
  if (!policy.builtinPack) return { action: 'allow' };
  const replaced = new Set(policy.rules.map((rule) => rule.id));
  const commands = textsFor(COMMAND_ARGUMENTS);
  const long = tooLong(commands);
  if (long !== undefined) return unreadable(long);
  const readable = commands.map((text) => new Readable(text));
  let decision: ToolCallDecision = { action: 'allow' };
  for (const rule of BUILTIN_TOOL_RULES) {
    if (STRICTNESS[rule.action] <= STRICTNESS[decision.action] || policy.disabled.includes(rule.id) || replaced.has(rule.id)) continue;
    const hit = readable.find((text) => rule.matches(text));
    if (hit) decision = { action: rule.action, rule: { id: rule.id, title: rule.title, source: 'builtin' }, shown: shown(hit.text) };
  }
  return decision;
}
