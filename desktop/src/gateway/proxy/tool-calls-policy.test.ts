import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTestGateway, type ProxyTestGateway } from '../testing/test-gateway';
import { toolCallEvents } from './tool-calls/testing-approver';

/* The tool-call policy's settings, end to end: a rule turned off, the approval timeout, a client that leaves. */

const HELD = JSON.stringify({ command: 'rm -rf build' });

let rig: ProxyTestGateway | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

const policy = (extra: string) => `version: 1\nname: agents\n${extra}\n`;

describe('tool-call policy settings', () => {
  it('a built-in rule turned off lets its calls through without asking anyone', async () => {
    rig = await startTestGateway({ fakeProviders: true, policyYaml: policy('toolCalls: { disabled: [recursive-delete] }') });
    rig.openai.reply = () => ({ text: '', toolName: 'Bash', toolArguments: HELD });
    const client = new OpenAI({ apiKey: rig.sdkToken, baseURL: rig.openaiBase, maxRetries: 0 });
    const completion = await client.chat.completions.stream({ model: 'gpt-fake', messages: [{ role: 'user', content: 'clean' }] }).finalChatCompletion();
    expect(completion.choices[0]!.message.tool_calls).toEqual([{ id: 'call_fake1', type: 'function', function: { name: 'Bash', arguments: HELD } }]);
    expect(rig.gateway.services.approvals.pending()).toEqual([]);
    expect(toolCallEvents(rig).at(-1)).toMatchObject({ verdict: 'allow' });
  });

  it('a hold nobody decides within the policy timeout is refused, and the agent is told so', async () => {
    rig = await startTestGateway({ fakeProviders: true, policyYaml: policy('approval: { timeoutSeconds: 1 }') });
    rig.anthropic.reply = () => ({ text: 'Cleaning.', toolName: 'Bash', toolInput: HELD });
    const client = new Anthropic({ apiKey: rig.sdkToken, baseURL: rig.anthropicBase, maxRetries: 0 });
    const message = await client.messages.stream({ model: 'claude-fake', max_tokens: 100, messages: [{ role: 'user', content: 'clean' }] }).finalMessage();
    expect(message.stop_reason).toBe('end_turn');
    expect(message.content[1]).toMatchObject({ type: 'text', text: expect.stringContaining('no approver decided within 1 s, so it was not run') });
    rig.gateway.services.recorder.storeJournaled();
    const [held] = toolCallEvents(rig);
    const approvals = rig.gateway.log.searchEvents({ kind: 'approval' });
    expect(approvals.map((event) => [event.verdict, event.detail['decision']])).toEqual([['block', 'expired']]);
    expect(held).toMatchObject({ verdict: 'hold' });
  });

  it('a client that leaves while its tool call waits cancels the approval', async () => {
    rig = await startTestGateway({ fakeProviders: true, policyYaml: policy('approval: { timeoutSeconds: 3600 }') });
    rig.openai.reply = () => ({ text: '', toolName: 'Bash', toolArguments: HELD });
    const client = new OpenAI({ apiKey: rig.sdkToken, baseURL: rig.openaiBase, maxRetries: 0 });
    const leave = new AbortController();
    const pending = client.responses.create({ model: 'gpt-fake', input: 'clean', stream: true }, { signal: leave.signal }).then(async (stream) => {
      for await (const _event of stream);
    });
    const approvals = rig.gateway.services.approvals;
    const [held] = await vi.waitFor(
      () => {
        expect(approvals.pending()).toHaveLength(1);
        return approvals.pending();
      },
      { timeout: 60_000, interval: 50 },
    );
    expect(held!.maskedSegments).toEqual([{ id: 'tool call Bash', text: HELD }]);
    leave.abort();
    // The SDK ends an aborted stream quietly.
    await pending;
    await expect.poll(() => approvals.get(held!.id)?.status).toBe('cancelled');
  });
});
