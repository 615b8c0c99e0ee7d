import { describe, expect, it } from 'vitest';
import { BUILTIN_TOOL_RULES, EVERYDAY_COMMANDS } from './builtin-pack';
import { decideToolCall, MAX_ARGUMENT_CHARS, toolNameMatches } from './decide-tool-call';
import { toolCallPolicySchema } from './tool-call-policy';

const defaults = toolCallPolicySchema.parse({});
const bash = (command: string) => ({ name: 'Bash', arguments: { command } });

describe('the built-in pack', () => {
  for (const rule of BUILTIN_TOOL_RULES) {
    describe(rule.id, () => {
      for (const command of rule.stops) {
        it(`stops: ${command}`, () => {
          const decision = decideToolCall(bash(command), defaults);
          expect(decision.action, JSON.stringify(decision)).not.toBe('allow');
          // The rule itself, or a stricter one, decided.
          expect(decision.action === rule.action ? decision.rule?.id : rule.id).toBe(rule.id);
        });
      }
      for (const command of rule.passes) {
        it(`leaves alone: ${command}`, () => {
          expect(decideToolCall(bash(command), defaults).rule?.id).not.toBe(rule.id);
        });
      }
    });
  }

  it('holds none of the everyday commands', () => {
    const held = EVERYDAY_COMMANDS.filter((command) => decideToolCall(bash(command), defaults).action !== 'allow');
    expect(held).toEqual([]);
  });

  it('reads commands in any command-like argument and any argv form, from any tool', () => {
    expect(decideToolCall({ name: 'shell', arguments: JSON.stringify({ command: ['bash', '-lc', 'rm -rf /'] }) }, defaults).action).toBe('block');
    expect(decideToolCall({ name: 'postgres.query', arguments: { sql: 'DROP TABLE users' } }, defaults).rule?.id).toBe('sql-drop');
    // A custom tool's raw input (not JSON) is read as its command.
    expect(decideToolCall({ name: 'exec', arguments: 'rm -rf build' }, defaults).rule?.id).toBe('recursive-delete');
    // A file's content is no command: writing a script that mentions rm -rf is not running it.
    expect(decideToolCall({ name: 'Write', arguments: { file_path: 'clean.sh', content: 'rm -rf /' } }, defaults).action).toBe('allow');
  });
});

describe('policy rules', () => {
  it('reads admin rules first, in order: an allow is an exception to the pack', () => {
    const policy = toolCallPolicySchema.parse({
      rules: [
        { id: 'dev-namespaces', tool: 'Bash', arguments: ['command'], pattern: 'kubectl delete (ns|namespace) dev-', action: 'allow' },
        { id: 'no-prod', tool: 'Bash|shell', pattern: '\\bprod\\b', action: 'block', title: 'Anything naming prod' },
      ],
    });
    expect(decideToolCall(bash('kubectl delete namespace dev-42'), policy).action).toBe('allow');
    expect(decideToolCall(bash('kubectl delete namespace staging'), policy).rule).toEqual({
      id: 'kubectl-delete',
      title: 'Deleting Kubernetes namespaces or everything of a kind',
      source: 'builtin',
    });
    expect(decideToolCall(bash('ls prod'), policy)).toMatchObject({ action: 'block', rule: { id: 'no-prod', title: 'Anything naming prod', source: 'policy' } });
    expect(decideToolCall({ name: 'Read', arguments: { path: 'prod' } }, policy).action).toBe('allow');
  });

  it('turns built-in rules off, or replaces one by its id', () => {
    const off = toolCallPolicySchema.parse({ disabled: ['recursive-delete'] });
    expect(decideToolCall(bash('rm -rf build'), off).action).toBe('allow');
    expect(decideToolCall(bash('rm -rf /'), off).action).toBe('block');
    const replaced = toolCallPolicySchema.parse({ rules: [{ id: 'recursive-delete', tool: 'Bash', pattern: 'rm -rf /srv', action: 'block' }] });
    expect(decideToolCall(bash('rm -rf build'), replaced).action).toBe('allow');
    expect(decideToolCall(bash('rm -rf /srv/data'), replaced).action).toBe('block');
    expect(decideToolCall(bash('rm -rf build'), toolCallPolicySchema.parse({ builtinPack: false })).action).toBe('allow');
  });

  it('refuses a pattern that cannot run in linear time, with the path and the reason', () => {
    const result = toolCallPolicySchema.safeParse({ rules: [{ id: 'x', pattern: '(?<=a)b', action: 'hold' }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['rules', 0, 'pattern']);
    expect(result.error!.issues[0]!.message).toMatch(/lookbehind/);
  });

  it('holds an argument too long to check instead of judging its start', () => {
    const padded = ' '.repeat(MAX_ARGUMENT_CHARS) + 'rm -rf /';
    expect(decideToolCall(bash(padded), defaults)).toMatchObject({ action: 'hold', rule: { id: 'too-long-to-check' } });
    const admin = toolCallPolicySchema.parse({ builtinPack: false, rules: [{ id: 'x', tool: 'Bash', pattern: 'prod', action: 'block' }] });
    expect(decideToolCall(bash(padded), admin).action).toBe('hold');
  });

  it('matches tool names by glob alternatives', () => {
    expect(toolNameMatches('Bash|shell', 'shell')).toBe(true);
    expect(toolNameMatches('run_*', 'run_command')).toBe(true);
    expect(toolNameMatches('*sql*', 'postgres_sql_query')).toBe(true);
    expect(toolNameMatches('a*b*c', 'abc')).toBe(true);
    expect(toolNameMatches('a*b*c', 'acb')).toBe(false);
    expect(toolNameMatches('Bash', 'Bash2')).toBe(false);
  });
});
