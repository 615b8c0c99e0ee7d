/**
 * `npm run bench:health`: how long `/api/health` takes to answer while 1 MB adversarial prompts are being
 * inspected (goal: p99 ≤ 20 ms), against a gateway process as people run it (the built bin: `npm run build`
 * first). Health is asked back to back on its own connection from the moment each inspection is sent until
 * its answer arrives; idle health latency is printed for comparison.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAuth } from '../desktop/src/auth';
import { adversarialInputs } from '../shared/src/detect/adversarial';
import { call, gatewayProcess } from './gateway-process';
import { formatTable, summarize } from './stats';

const SIZE = 1024 * 1024;
const ROUNDS = 5;
const INPUTS = ['password= repeated', 'password keys with every operator', 'password assignment, value never ends'];

const dataDir = await mkdtemp(join(tmpdir(), 'pg-bench-health-'));
const auth = openAuth(dataDir);
const token = auth.tokens.create('extension', 'bench');
auth.close();
const gateway = await gatewayProcess(dataDir);
const healthAgent = new Agent({ keepAlive: true, maxSockets: 1 });
const inspectAgent = new Agent({ keepAlive: true, maxSockets: 1 });
const health = () => call(gateway.port, healthAgent, 'GET', '/api/health');

try {
  const idle: number[] = [];
  for (let i = 0; i < 200; i++) idle.push((await health()).ms);
  const rows: string[][] = [];
  const all: number[] = [];
  const idleStats = summarize(idle);
  rows.push(['idle (no inspection)', '-', String(idle.length), idleStats.p50.toFixed(2), idleStats.p99.toFixed(2), Math.max(...idle).toFixed(2)]);
  for (const input of adversarialInputs(SIZE).filter(({ name }) => INPUTS.includes(name))) {
    const body = JSON.stringify({
      source: { site: 'chatgpt.com', url: 'https://chatgpt.com/c/1' },
      conversationId: 'bench',
      segments: [{ id: 'prompt', kind: 'prompt', text: input.text }],
    });
    const samples: number[] = [];
    const inspections: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      let done = false;
      const inspected = call(
        gateway.port,
        inspectAgent,
        'POST',
        '/api/inspect',
        { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` },
        body,
      ).finally(() => {
        done = true;
      });
      while (!done) samples.push((await health()).ms);
      const { ms, status } = await inspected;
      if (status !== 200) throw new Error(`inspecting "${input.name}" answered ${status}`);
      inspections.push(ms);
    }
    all.push(...samples);
    const stats = summarize(samples);
    rows.push([input.name, summarize(inspections).p50.toFixed(0), String(samples.length), stats.p50.toFixed(2), stats.p99.toFixed(2), Math.max(...samples).toFixed(2)]);
  }
  const overall = summarize(all);
  console.log(`GET /api/health while a ${SIZE / 1024 / 1024} MB prompt is inspected (${ROUNDS} inspections per input), gateway process, ms`);
  console.log(formatTable(['while inspecting', 'inspect p50', 'health calls', 'p50', 'p99', 'max'], rows));
  console.log(`\nhealth p99 under load, all inputs: ${overall.p99.toFixed(2)} ms (goal ≤ 20 ms)`);
} finally {
  healthAgent.destroy();
  inspectAgent.destroy();
  await gateway.stop();
  await rm(dataDir, { recursive: true, force: true });
}
