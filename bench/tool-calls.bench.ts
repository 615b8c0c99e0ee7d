/**
 * `npm run bench:tool-calls`: how long the tool-call policy takes to decide one call with the built-in pack
 * (the agent guard's goal is at most 1 ms from the end of a tool call to its decision), for everyday commands,
 * for the pack's own dangerous examples, and for a long script; and how many everyday commands it would hold.
 */
import { BUILTIN_TOOL_RULES, decideToolCall, EVERYDAY_COMMANDS, toolCallPolicySchema } from '../shared/src/index';
import { formatTable, summarize } from './stats';
import { endOfCallToDecision, textReplyPerEvent } from './tool-call-replies';

const policy = toolCallPolicySchema.parse({});
const ROUNDS = 200;

function time(commands: readonly string[]): { p50: number; p99: number } {
  const samples: number[] = [];
  for (let round = -20; round < ROUNDS; round++) {
    for (const command of commands) {
      const call = { name: 'Bash', arguments: JSON.stringify({ command }) };
      const start = process.hrtime.bigint();
      decideToolCall(call, policy);
      if (round >= 0) samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return summarize(samples);
}

const dangerous = BUILTIN_TOOL_RULES.flatMap((rule) => rule.stops);
const script = Array.from({ length: 400 }, (_, i) => `echo step ${i} && npm run build:${i % 7} -- --flag=${i}`).join('\n');
const rows = [
  ['everyday commands', EVERYDAY_COMMANDS.length, time(EVERYDAY_COMMANDS)],
  ['dangerous examples', dangerous.length, time(dangerous)],
  [`a ${Math.round(script.length / 1024)} KB script`, 1, time([script])],
] as const;
console.log(`tool-call decision with the built-in pack, ms per call over ${ROUNDS} rounds (goal: at most 1 ms)\n`);
console.log(
  formatTable(
    ['input', 'calls', 'p50 ms', 'p99 ms'],
    rows.map(([name, count, t]) => [name, String(count), t.p50.toFixed(4), t.p99.toFixed(4)]),
  ),
);
const held = EVERYDAY_COMMANDS.filter((command) => decideToolCall({ name: 'Bash', arguments: { command } }, policy).action !== 'allow');
console.log(`\nfalse holds on ${EVERYDAY_COMMANDS.length} everyday commands: ${held.length}${held.length ? ` (${held.join('; ')})` : ''}`);

const replyRounds = 100;
const perEvent = textReplyPerEvent(replyRounds);
console.log(`\nreply-side check on a streamed chat reply without tool calls (402 events), ms per event over ${replyRounds} replies (goal: none measurable, at most 1 ms p50)\n`);
console.log(
  formatTable(
    ['pipeline', 'p50 ms', 'p99 ms', 'mean ms'],
    [
      ['reply pipeline', perEvent.plain],
      ['reply pipeline + tool-call check', perEvent.guarded],
    ].map(([name, t]) => {
      const s = t as ReturnType<typeof summarize>;
      return [name as string, s.p50.toFixed(4), s.p99.toFixed(4), s.mean.toFixed(4)];
    }),
  ),
);
console.log(`added p50 per event: ${(perEvent.guarded.p50 - perEvent.plain.p50).toFixed(4)} ms`);

console.log(`\nend of a streamed tool call (arguments in 4-character chunks) to its decision, ms over ${replyRounds} rounds (goal: at most 1 ms)\n`);
console.log(
  formatTable(
    ['call', 'verdict', 'p50 ms', 'p99 ms'],
    ['git status', 'rm -rf /', `${'npm run build && '.repeat(60)}npm test`].map((command) => {
      const t = endOfCallToDecision(command, replyRounds);
      const verdict = decideToolCall({ name: 'Bash', arguments: { command } }, policy).action;
      return [command.length > 40 ? `${command.slice(0, 37)}…` : command, verdict, t.p50.toFixed(4), t.p99.toFixed(4)];
    }),
  ),
);
