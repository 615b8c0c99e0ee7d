import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { agentScratch } from './scratch';
import { toolCallEvents } from '../../desktop/src/gateway/proxy/tool-calls/testing-approver';
import { startTestGateway, type ProxyTestGateway } from '../../desktop/src/gateway/testing/test-gateway';

/*
 * Codex CLI itself (`codex exec`), pointed at the gateway as a custom Responses provider, with the fake OpenAI
 * provider scripted to ask for `exec_command` `rm -rf` of a scratch directory: the tool-call policy decides
 * whether the call reaches Codex. Codex has a rule of its own that refuses `rm -f`-style commands whatever its
 * sandbox and approval settings, so with the gateway's rule off the test shows the call reaching Codex and
 * Codex answering it, not the directory gone. Nothing leaves the machine: the provider's base URL is the gateway.
 */

const CLI = join(dirname(createRequire(import.meta.url).resolve('@openai/codex/package.json')), 'bin', 'codex.js');

let rig: ProxyTestGateway | undefined;
let scratch: string | undefined;
afterEach(async () => {
  await rig?.stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
  rig = undefined;
  scratch = undefined;
});

function codex(args: string[], cwd: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`codex exited with ${code}: ${output}`))));
  });
}

/** The gateway as a Responses provider of Codex's own configuration, with the SDK token as its key. */
function providerConfig(baseUrl: string): string[] {
  const settings = {
    model_provider: '"promptgate"',
    'model_providers.promptgate.name': '"promptgate"',
    'model_providers.promptgate.base_url': `"${baseUrl}"`,
    'model_providers.promptgate.env_key': '"PROMPTGATE_TOKEN"',
    'model_providers.promptgate.wire_api': '"responses"',
    check_for_update_on_startup: 'false',
    'analytics.enabled': 'false',
  };
  return Object.entries(settings).flatMap(([key, value]) => ['-c', `${key}=${value}`]);
}

/** Runs Codex once, the model asking it to delete a scratch directory; the directory, its last message, the log. */
async function askToDelete(policyYaml: string) {
  rig = await startTestGateway({ fakeProviders: true, policyYaml });
  const made = await agentScratch('pg-codex-');
  scratch = made.scratch;
  const { target, home } = made;
  const answers: unknown[] = [];
  rig.openai.reply = (body) => {
    const input = Array.isArray(body['input']) ? (body['input'] as unknown[]) : [];
    const answer = input.find((item) => (item as { type?: unknown }).type === 'function_call_output');
    // The turn after Codex answered the call ends the run; a request without the shell tool gets a word.
    if (answer) {
      answers.push(answer);
      return { text: 'Done.' };
    }
    if (!JSON.stringify(body['tools'] ?? []).includes('"exec_command"')) return { text: 'ok' };
    return { text: 'Removing it.', toolName: 'exec_command', toolArguments: JSON.stringify({ cmd: `rm -rf ${target}` }) };
  };
  const lastMessage = join(scratch, 'last-message.txt');
  const sandbox = ['--strict-config', '--skip-git-repo-check', '--dangerously-bypass-approvals-and-sandbox', '--output-last-message', lastMessage];
  await codex(['exec', ...sandbox, ...providerConfig(rig.openaiBase), '-m', 'gpt-fake', 'remove the victim directory'], scratch, {
    PATH: process.env['PATH'] ?? '',
    HOME: home,
    CODEX_HOME: home,
    PROMPTGATE_TOKEN: rig.sdkToken,
  });
  return { target, answers, lastMessage: await readFile(lastMessage, 'utf8'), verdicts: toolCallEvents(rig) };
}

describe('Codex CLI through the gateway', () => {
  it('with the built-in pack, the rm -rf is held, nobody approves it, and the directory survives', async () => {
    const { target, answers, lastMessage, verdicts } = await askToDelete('version: 1\nname: agents\napproval: { timeoutSeconds: 1 }\n');
    expect(existsSync(join(target, 'keep.txt'))).toBe(true);
    expect(lastMessage).toContain('promptgate held the exec_command tool call for approval');
    expect(answers).toEqual([]);
    expect(verdicts).toEqual([
      expect.objectContaining({ verdict: 'hold', toolCall: expect.objectContaining({ name: 'exec_command', rule: expect.objectContaining({ id: 'recursive-delete' }) }) }),
    ]);
    expect(rig!.gateway.services.approvals.pending()).toEqual([]);
  });

  it('with the rule turned off, the call reaches Codex as the model wrote it and Codex answers it', async () => {
    const { target, answers, lastMessage, verdicts } = await askToDelete('version: 1\nname: agents\ntoolCalls: { disabled: [recursive-delete] }\n');
    expect(answers).toEqual([expect.objectContaining({ call_id: 'call_fake1', output: expect.stringContaining(`rm -rf ${target}`) })]);
    expect(lastMessage).toContain('Done.');
    expect(verdicts).toEqual([expect.objectContaining({ verdict: 'allow', toolCall: expect.objectContaining({ name: 'exec_command', action: 'allow' }) })]);
  });
});
