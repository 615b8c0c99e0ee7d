import { describe, expect, it } from 'vitest';
import { decideToolCall } from '../agent/decide-tool-call';
import { defaultPolicy } from './default-policy';
import { loadPolicy } from './load';

const bash = (command: string) => ({ name: 'Bash', arguments: { command } });

function errorsOf(text: string) {
  const result = loadPolicy(text);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('the toolCalls section of a policy', () => {
  it('is on by default with the whole built-in pack', () => {
    expect(defaultPolicy.toolCalls).toEqual({ builtinPack: true, disabled: [], rules: [] });
    expect(decideToolCall(bash('rm -rf ~/project'), defaultPolicy.toolCalls)).toMatchObject({ action: 'hold', rule: { id: 'recursive-delete' } });
    expect(decideToolCall(bash('rm -rf /'), defaultPolicy.toolCalls)).toMatchObject({ action: 'block', rule: { id: 'delete-everything' } });
    expect(decideToolCall(bash('git status'), defaultPolicy.toolCalls).action).toBe('allow');
  });

  it('reads the documented example', () => {
    const result = loadPolicy(`version: 3
name: Acme agents
toolCalls:
  disabled: [terraform-destroy]
  rules:
    - { id: dev-namespaces, tool: 'Bash|shell', arguments: [command], pattern: 'kubectl delete (ns|namespace) dev-', action: allow }
    - id: prod-database
      title: Anything that names the production database
      tool: '*sql*|Bash'
      pattern: '\\bprod[-_]db\\b'
      action: hold
`);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    const { toolCalls } = result.policy;
    expect(decideToolCall(bash('terraform destroy -auto-approve'), toolCalls).action).toBe('allow');
    expect(decideToolCall(bash('kubectl delete namespace dev-7'), toolCalls).action).toBe('allow');
    expect(decideToolCall(bash('kubectl delete namespace staging'), toolCalls).action).not.toBe('allow');
    expect(decideToolCall({ name: 'postgres_sql', arguments: { sql: 'select * from prod_db.users' } }, toolCalls)).toMatchObject({
      action: 'hold',
      rule: { id: 'prod-database', title: 'Anything that names the production database', source: 'policy' },
    });
  });

  it('refuses a misspelt built-in rule id instead of leaving the rule on, naming the known ones', () => {
    const errors = errorsOf('version: 1\nname: x\ntoolCalls:\n  disabled: [recursive-delete, recursive-delet]\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: 'toolCalls.disabled[1]', line: 4 });
    expect(errors[0]!.message).toMatch(/^no built-in rule "recursive-delet"; the built-in rules are .*recursive-delete/);
  });

  it('points at each bad rule with its path and line', () => {
    const errors = errorsOf(`version: 1
name: x
toolCalls:
  rules:
    - { id: a, tool: Bash, pattern: 'rm', action: deny }
    - { id: b, tool: Bash, pattern: '(?<=sudo )rm', action: block }
    - { id: Not_An_Id, action: hold }
    - { id: c, action: hold, command: rm }
`);
    expect(errors.map((error) => [error.path, error.line])).toEqual([
      ['toolCalls.rules[0].action', 5],
      ['toolCalls.rules[1].pattern', 6],
      ['toolCalls.rules[2].id', 7],
      ['toolCalls.rules[3].command', 8],
    ]);
    expect(errors[0]!.message).toMatch(/allow.*hold.*block/);
    expect(errors[1]!.message).toMatch(/lookbehind/);
    expect(errors[3]!.message).toBe('unknown key: command');
  });

  it('refuses two rules with one id: the second would never be read', () => {
    const errors = errorsOf('version: 1\nname: x\ntoolCalls:\n  rules:\n    - { id: a, tool: Bash, action: hold }\n    - { id: a, tool: sh, action: block }\n');
    expect(errors).toEqual([expect.objectContaining({ path: 'toolCalls.rules[1].id', line: 6, message: 'duplicate id, already used by rules[0]' })]);
  });

  it('refuses a section that is not an object, or a flag that is not a boolean', () => {
    expect(errorsOf('version: 1\nname: x\ntoolCalls: off\n')[0]).toMatchObject({ path: 'toolCalls' });
    expect(errorsOf('version: 1\nname: x\ntoolCalls: { builtinPack: "no" }\n')[0]).toMatchObject({ path: 'toolCalls.builtinPack', line: 3 });
  });
});
