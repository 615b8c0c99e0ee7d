import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { agentScratch } from './scratch';
import { toolCallEvents } from '../../desktop/src/gateway/proxy/tool-calls/testing-approver';
import { startTestGateway, type ProxyTestGateway } from '../../desktop/src/gateway/testing/test-gateway';

/*
 * Claude Code itself, run non-interactively against the gateway, with the fake Anthropic provider scripted to
 * ask for a Bash `rm -rf` of a scratch directory: the tool-call policy decides whether the directory survives.
 * Nothing leaves the machine: the base URL is the gateway, and Claude Code's own telemetry is turned off.
 */

const CLI = join(dirname(createRequire(import.meta.url).resolve('@anthropic-ai/claude-code/package.json')), 'cli.js');

let rig: ProxyTestGateway | undefined;
let scratch: string | undefined;
afterEach(async () => {
  await rig?.stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
  rig = undefined;
  scratch = undefined;
});

function claude(args: string[], cwd: string, env: Record<string, string>): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // No stdin: in print mode Claude Code reads a piped stdin to its end before it starts.
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve({ stdout, stderr }) : reject(new Error(`claude exited with ${code}: ${stderr || stdout}`))));
  });
}

/** Runs Claude Code once, the model asking it to delete a scratch directory; the directory, the result, the log. */
async function askToDelete(policyYaml: string) {
  rig = await startTestGateway({ fakeProviders: true, policyYaml });
  const made = await agentScratch('pg-claude-code-');
  scratch = made.scratch;
  const { target, home } = made;
  rig.anthropic.reply = (body) => {
    // The turn after the tool ran (or was refused) ends the run; side calls (titles, summaries) get a word.
    if (JSON.stringify(body['messages']).includes('tool_result')) return { text: 'Done.' };
    if (!JSON.stringify(body['tools'] ?? []).includes('"Bash"')) return { text: 'ok' };
    return { text: 'Removing it.', toolName: 'Bash', toolInput: JSON.stringify({ command: `rm -rf ${target}`, description: 'Remove the scratch directory' }) };
  };
  const { stdout } = await claude(['-p', 'remove the victim directory', '--output-format', 'json', '--permission-mode', 'bypassPermissions'], scratch, {
    PATH: process.env['PATH'] ?? '',
    HOME: home,
    // Bypassing permissions is refused to root unless the run says it is sandboxed (it is: a scratch HOME and cwd).
    IS_SANDBOX: '1',
    ANTHROPIC_BASE_URL: rig.anthropicBase,
    ANTHROPIC_API_KEY: rig.sdkToken,
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    DISABLE_AUTOUPDATER: '1',
  });
  const result = JSON.parse(stdout) as { is_error: boolean; result: string };
  return { target, result, verdicts: toolCallEvents(rig) };
}

describe('Claude Code through the gateway', () => {
  it('with the built-in pack, the rm -rf is held, nobody approves it, and the directory survives', async () => {
    const { target, result, verdicts } = await askToDelete('version: 1\nname: agents\napproval: { timeoutSeconds: 1 }\n');
    expect(existsSync(join(target, 'keep.txt'))).toBe(true);
    expect(result.is_error).toBe(false);
    expect(result.result).toContain('promptgate held the Bash tool call for approval');
    expect(verdicts).toEqual([
      expect.objectContaining({ verdict: 'hold', toolCall: expect.objectContaining({ name: 'Bash', rule: expect.objectContaining({ id: 'recursive-delete' }) }) }),
    ]);
    expect(rig!.gateway.services.approvals.pending()).toEqual([]);
  });

  it('with the rule turned off, Claude Code runs the command and the directory is gone', async () => {
    const { target, verdicts } = await askToDelete('version: 1\nname: agents\ntoolCalls: { disabled: [recursive-delete] }\n');
    expect(existsSync(target)).toBe(false);
    expect(verdicts).toEqual([expect.objectContaining({ verdict: 'allow', toolCall: expect.objectContaining({ name: 'Bash', action: 'allow' }) })]);
  });
});
