import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run-cli.test-helper';
import { SessionLog } from '../../log';
import { EXPECTED_KEY, startFakeOpenAi, type FakeOpenAi } from './testing/fake-openai';

// The real bin, which runs the built CLI (rebuilt before the suites by test/global-setup.ts).
const BIN = new URL('../../../bin/promptgate.js', import.meta.url).pathname;
const GITHUB = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** A gateway process whose OpenAI upstream is the fake, with the fake's key set and an SDK token made by the CLI. */
async function startGatewayProcess(fake: FakeOpenAi): Promise<{ child: ChildProcess; url: string; dataDir: string; token: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'pg-proxy-crash-'));
  cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
  expect((await runCli(['keys', 'set', 'openai', '--data-dir', dataDir], `${EXPECTED_KEY.value}\n`)).code).toBe(0);
  const created = await runCli(['token', 'create', '--kind', 'sdk', '--name', 'agent', '--data-dir', dataDir]);
  expect(created.code, created.stderr).toBe(0);
  const child = spawn(process.execPath, [BIN, 'gateway', '--port', '0', '--data-dir', dataDir, '--upstream-openai', fake.url], { stdio: ['ignore', 'pipe', 'pipe'] });
  cleanup.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  for await (const line of createInterface({ input: child.stdout })) {
    const match = /^promptgate gateway listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(line);
    if (match) return { child, url: match[1]!, dataDir, token: created.stdout.trim() };
  }
  throw new Error('the gateway exited before it was ready');
}

function killed(child: ChildProcess): Promise<NodeJS.Signals | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.signalCode);
  return new Promise((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
}

describe('the SDK proxy killed with -9 right after a client read a whole reply', () => {
  it.each(['stream', 'json'] as const)('keeps both events of the answered call (%s)', async (mode) => {
    const fake = await startFakeOpenAi();
    cleanup.push(() => fake.close());
    const gateway = await startGatewayProcess(fake);
    const openai = new OpenAI({ apiKey: gateway.token, baseURL: `${gateway.url}/openai/v1`, maxRetries: 0 });
    const messages: OpenAI.Chat.ChatCompletionMessageParam[] = [{ role: 'user', content: `token ${GITHUB}` }];
    let text = '';
    if (mode === 'stream') {
      const stream = await openai.chat.completions.create({ model: 'gpt-fake', stream: true, messages });
      // The loop ends only once the response has ended: the client has read everything.
      for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    } else {
      text = (await openai.chat.completions.create({ model: 'gpt-fake', messages })).choices[0]!.message.content ?? '';
    }
    const gone = killed(gateway.child);
    gateway.child.kill('SIGKILL');
    expect(await gone).toBe('SIGKILL');
    // The gateway runs on the real clock, so only the gist: a slow machine may send a held run early.
    expect(text).toContain('You sent');

    // Opened as the gateway would open it: what the killed one journaled is stored now.
    const log = SessionLog.open(gateway.dataDir, { journal: true });
    try {
      const [request] = log.searchEvents({ kind: 'inspect' });
      const [reply] = log.searchEvents({ kind: 'reply' });
      expect(request).toMatchObject({ verdict: 'redact', requester: 'agent' });
      expect(reply?.detail).toMatchObject({ requestEventId: request!.id, status: 200, outcome: 'completed', stream: mode === 'stream' });
      expect(log.verify()).toMatchObject({ ok: true });
    } finally {
      log.close();
    }
  });
});
