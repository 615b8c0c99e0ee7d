import { z } from 'zod';
import { userRegexProblem } from '../regex/user-regex';
import { BUILTIN_TOOL_RULES } from './builtin-pack';

/**
 * The policy on the tool calls a model tells an agent to make (OpenAI chat `tool_calls`, Responses
 * `function_call` and custom tool input, Anthropic `tool_use`, MCP `tools/call`). A rule matches a tool name
 * and, optionally, a pattern over the call's arguments, and says allow, hold (an approver decides; no answer
 * in time is a denial) or block.
 *
 * How a call is decided: the admin's `rules` first, in order, and the first that matches decides (so an `allow`
 * rule is an exception to the pack); when none matches, the strictest matching rule of the built-in pack
 * (block over hold), unless `builtinPack` is off or the rule's id is in `disabled`; nothing matching allows.
 * An admin rule with a built-in rule's id replaces that rule.
 */

/** The arguments commands and queries arrive in, across agents and MCP servers; what the built-in pack reads. */
export const COMMAND_ARGUMENTS = ['command', 'cmd', 'commands', 'script', 'shell', 'code', 'args', 'sql', 'query', 'statement', 'input'] as const;

export const TOOL_CALL_ACTIONS = ['allow', 'hold', 'block'] as const;
export type ToolCallAction = (typeof TOOL_CALL_ACTIONS)[number];

export const toolCallRuleSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lowercase letters, digits and dashes, like no-prod-deletes'),
    title: z.string().min(1).max(200).optional(),
    /** A glob over the tool's name (`*` any run of characters); `|` separates alternatives: `Bash|shell|run_*`. */
    tool: z.string().min(1).max(500).default('*'),
    /**
     * Top-level arguments the pattern reads (a list of strings is read joined by spaces, as a shell would); the
     * whole arguments as JSON when absent.
     */
    arguments: z.array(z.string().min(1).max(100)).max(20).optional(),
    /** A regular expression (JavaScript syntax, run in a linear-time engine); any call of the tool when absent. */
    pattern: z.string().min(1).max(2000).optional(),
    flags: z
      .string()
      .regex(/^[imsu]*$/, 'only the flags i, m, s and u')
      .default('i'),
    action: z.enum(TOOL_CALL_ACTIONS),
  })
  .superRefine((rule, ctx) => {
    if (rule.pattern === undefined) return;
    const problem = userRegexProblem(rule.pattern, rule.flags);
    if (problem) ctx.addIssue({ code: 'custom', path: ['pattern'], message: problem });
  });
export type ToolCallRule = z.output<typeof toolCallRuleSchema>;

const BUILTIN_IDS = new Set(BUILTIN_TOOL_RULES.map((rule) => rule.id));

// Checks on the arrays rather than the section, so they are reported even when another part is wrong.
export const toolCallPolicySchema = z.strictObject({
  builtinPack: z.boolean().default(true),
  /** Ids of built-in rules turned off. */
  disabled: z
    .array(z.string().max(64))
    .max(200)
    .superRefine((disabled, ctx) => {
      // A misspelt id would leave the rule on while the admin believes it off: refused rather than ignored.
      disabled.forEach((id, index) => {
        if (!BUILTIN_IDS.has(id)) ctx.addIssue({ code: 'custom', path: [index], message: `no built-in rule "${id}"; the built-in rules are ${[...BUILTIN_IDS].join(', ')}` });
      });
    })
    .default([]),
  rules: z
    .array(toolCallRuleSchema)
    .max(500)
    .superRefine((rules, ctx) => {
      const seen = new Map<string, number>();
      rules.forEach((rule, index) => {
        const first = seen.get(rule.id);
        if (first !== undefined) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id, already used by rules[${first}]` });
        else seen.set(rule.id, index);
      });
    })
    .default([]),
});
export type ToolCallPolicy = z.output<typeof toolCallPolicySchema>;
