import { describe, expect, it } from 'vitest';
import { decideToolCall } from './decide-tool-call';
import { toolCallPolicySchema } from './tool-call-policy';

/**
 * The gateway decides every tool call of a reply before the agent sees it, so a crafted command must not
 * stall it: decision time per KB at 128 KB stays within a generous factor of 16 KB on inputs built to make
 * the shell reading, the SQL reading and the admin's regex work hard. CPU time, the fastest of several runs,
 * compared as a ratio: quadratic work is far outside the factor, a loaded machine is not.
 */
const SMALL = 16 * 1024;
const LARGE = 256 * 1024;
const MAX_TIME_GROWTH = 4;

const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const INPUTS: Array<[string, (size: number) => string]> = [
  ['rm flags repeated', (n) => 'rm ' + repeat('-rf ', n)],
  ['kubectl delete repeated', (n) => repeat('kubectl delete ', n)],
  ['unclosed quotes', (n) => repeat('a "b \' c ', n)],
  ['command substitutions', (n) => repeat('$(', n)],
  ['pipes', (n) => repeat('curl x | ', n)],
  ['wrappers', (n) => repeat('sudo env A=1 ', n) + 'rm -rf /'],
  ['nested shells', (n) => repeat('bash -c "sh -c \'', n)],
  ['SQL without a WHERE', (n) => repeat('update t set a = 1 ', n)],
  ['force pushes', (n) => 'git push ' + repeat('--force origin ', n)],
  ['credential paths', (n) => 'cat ' + repeat('~/.aws/credentialz ', n)],
];

const policy = toolCallPolicySchema.parse({
  rules: [{ id: 'admin', tool: '*', pattern: '(a+)+$|prod.*delete', action: 'hold' }],
});

const { process: node } = globalThis as unknown as { process: { cpuUsage(): { user: number; system: number } } };
const cpuMs = () => {
  const { user, system } = node.cpuUsage();
  return (user + system) / 1000;
};
function fastest(run: () => unknown, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = cpuMs();
    run();
    best = Math.min(best, cpuMs() - start);
  }
  return best;
}

describe('tool-call decisions take time linear in the arguments', () => {
  it(`keeps time per KB at ${LARGE / 1024} KB within ${MAX_TIME_GROWTH}x of ${SMALL / 1024} KB on every crafted command`, () => {
    const slow: string[] = [];
    for (const [name, make] of INPUTS) {
      const small = { name: 'Bash', arguments: { command: make(SMALL) } };
      const large = { name: 'Bash', arguments: { command: make(LARGE) } };
      decideToolCall(small, policy);
      // A floor of 0.05 ms keeps a timer's granularity from reading as growth on tiny inputs.
      const smallBest = Math.max(
        0.05,
        fastest(() => decideToolCall(small, policy), 7),
      );
      const largeBest = fastest(() => decideToolCall(large, policy), 5);
      if (largeBest > smallBest * (LARGE / SMALL) * MAX_TIME_GROWTH) slow.push(`${name}: ${(largeBest / smallBest / (LARGE / SMALL)).toFixed(1)}x per KB`);
    }
    expect(slow).toEqual([]);
  });
});
