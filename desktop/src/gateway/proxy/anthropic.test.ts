import Anthropic from '@anthropic-ai/sdk';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXPECTED_ANTHROPIC_KEY } from './testing/fake-anthropic';
import { startTestGateway, type ProxyTestGateway } from '../testing/test-gateway';

const GITHUB = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';
const AWS = 'AKIAZ3MRT7QW5PXK2NVB';
const HOLD_POLICY = `version: 3
name: hold
detectors:
  - { type: aws-access-key-id, action: hold }
  - { category: secret, action: redact }
approval: { timeoutSeconds: 2 }
`;

let rig: ProxyTestGateway | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

function client(r: ProxyTestGateway): Anthropic {
  return new Anthropic({ apiKey: r.sdkToken, baseURL: r.anthropicBase, maxRetries: 0 });
}

function sentUpstream(r: ProxyTestGateway): string {
  return r.anthropic.received.map((request) => request.raw + JSON.stringify(request.headers)).join('\n');
}

describe('Anthropic SDK through the proxy', () => {
  it('messages: system, history, tool use and tool results redacted; the reply restored; the gateway key upstream', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    const message = await client(rig).messages.create({
      model: 'claude-fake',
      max_tokens: 100,
      system: [{ type: 'text', text: `internal key ${AWS}` }],
      messages: [
        { role: 'user', content: 'read my env' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'read_env', input: { path: '.env', seen: AWS } }] },
        {
          role: 'user',
          content: [
            { type: 'tool_result', tool_use_id: 'toolu_1', content: [{ type: 'text', text: `GITHUB_TOKEN=${GITHUB}` }] },
            { type: 'text', text: 'what is in it?' },
          ],
        },
      ],
    });
    expect(message.content[0]).toEqual({ type: 'text', text: `You sent ${AWS} and ${GITHUB}.` });
    expect(message.usage.input_tokens).toBe(12);
    expect(message.id).toBe('msg_fake1');
    expect(rig.anthropic.received[0]!.headers['x-api-key']).toBe(EXPECTED_ANTHROPIC_KEY);
    expect(rig.anthropic.received[0]!.headers['anthropic-version']).toBeDefined();
    expect(rig.anthropic.received[0]!.raw).toContain('"tool_use_id":"toolu_1"');
    expect(sentUpstream(rig)).not.toContain(GITHUB);
    expect(sentUpstream(rig)).not.toContain(AWS);
    expect(sentUpstream(rig)).not.toContain(rig.sdkToken);
  });

  it('streaming text and tool input: split placeholders restored, tool input stays valid JSON', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    rig.anthropic.reply = (body) => {
      const placeholder = /\[GITHUB_PAT_\d+\]/.exec(JSON.stringify(body['messages']))?.[0] ?? 'none';
      return { text: `Token ${placeholder} found.`, toolInput: JSON.stringify({ token: placeholder, path: 'C:\\env' }) };
    };
    const stream = client(rig).messages.stream({ model: 'claude-fake', max_tokens: 100, messages: [{ role: 'user', content: `here: ${GITHUB}` }] });
    let text = '';
    stream.on('text', (delta) => (text += delta));
    const final = await stream.finalMessage();
    expect(text).toBe(`Token ${GITHUB} found.`);
    expect(final.content[1]).toMatchObject({ type: 'tool_use', input: { token: GITHUB, path: 'C:\\env' } });
    expect(final.usage.output_tokens).toBe(8);
    expect(sentUpstream(rig)).not.toContain(GITHUB);
  });

  it('count_tokens is inspected and answered unchanged', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    const count = await client(rig).messages.countTokens({ model: 'claude-fake', messages: [{ role: 'user', content: `key ${AWS}` }] });
    expect(count.input_tokens).toBe(42);
    expect(sentUpstream(rig)).not.toContain(AWS);
  });

  it('upstream errors surface as typed errors; a block is a PermissionDeniedError in Anthropic shape', async () => {
    rig = await startTestGateway({ fakeProviders: true, policyYaml: 'version: 2\nname: t\ndetectors:\n  - { type: github-pat, action: block }\n' });
    const limited = await client(rig)
      .messages.create({ model: 'error-429', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(Anthropic.RateLimitError);
    expect((limited as InstanceType<typeof Anthropic.RateLimitError>).error).toEqual({ type: 'error', error: { type: 'rate_limit_error', message: 'fake failure 429' } });
    const bad = await client(rig)
      .messages.create({ model: 'error-400', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(Anthropic.BadRequestError);
    const blocked = await client(rig)
      .messages.create({ model: 'claude-fake', max_tokens: 10, messages: [{ role: 'user', content: `token ${GITHUB}` }] })
      .catch((e: unknown) => e);
    expect(blocked).toBeInstanceOf(Anthropic.PermissionDeniedError);
    const body = (blocked as InstanceType<typeof Anthropic.PermissionDeniedError>).error as { type: string; error: { type: string; message: string } };
    expect(body.type).toBe('error');
    expect(body.error.type).toBe('permission_error');
    expect(body.error.message).toContain('GitHub');
    expect(body.error.message).not.toContain(GITHUB);
    expect(rig.anthropic.received).toHaveLength(2);
  });

  it('a held request waits, is approved through the UI API, and completes with the value sent', async () => {
    // An hour to decide: however slow the machine, the approval below comes before the hold expires.
    rig = await startTestGateway({ fakeProviders: true, policyYaml: HOLD_POLICY.replace('timeoutSeconds: 2', 'timeoutSeconds: 3600') });
    const pending = client(rig).messages.create({ model: 'claude-fake', max_tokens: 10, messages: [{ role: 'user', content: `deploy with ${AWS} and ${GITHUB}` }] });
    const cookie = await rig.uiCookie();
    const gatewayUrl = rig.gateway.url;
    type Pending = Array<{ id: string; sessionKind: string; maskedSegments: Array<{ text: string }> }>;
    const approvals = await vi.waitFor(
      async () => {
        const listed = ((await (await fetch(`${gatewayUrl}/ui/api/approvals`, { headers: { cookie } })).json()) as { approvals: Pending }).approvals;
        expect(listed).toHaveLength(1);
        return listed;
      },
      { timeout: 60_000, interval: 50 },
    );
    expect(approvals[0]).toMatchObject({ sessionKind: 'sdk' });
    expect(JSON.stringify(approvals)).not.toContain(AWS);
    expect(rig.anthropic.received).toHaveLength(0);
    const decision = await fetch(`${rig.gateway.url}/ui/api/approvals/${approvals[0]!.id}/decision`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ decision: 'approve', reason: 'staging key' }),
    });
    expect(decision.status).toBe(200);
    const message = await pending;
    // Approved: the held value goes as is; the redact finding is still replaced.
    expect(message.content[0]).toMatchObject({ text: `You sent ${GITHUB}.` });
    expect(rig.anthropic.received[0]!.raw).toContain(AWS);
    expect(rig.anthropic.received[0]!.raw).not.toContain(GITHUB);
  });

  it('a held request nobody decides fails clearly when the policy timeout passes', async () => {
    rig = await startTestGateway({ fakeProviders: true, manualApprovalTimeouts: true, policyYaml: HOLD_POLICY.replace('timeoutSeconds: 2', 'timeoutSeconds: 1') });
    const changes: string[] = [];
    rig.gateway.services.approvals.onChange((view, change) => changes.push(`${change}:${view.status}:${view.decidedBy ?? ''}`));
    const answer = client(rig)
      .messages.create({ model: 'claude-fake', max_tokens: 10, messages: [{ role: 'user', content: `key ${AWS}` }] })
      .catch((e: unknown) => e);
    await expect.poll(() => changes).toEqual(['created:pending:']);
    rig.approvalClock!.advance(1000);
    const error = await answer;
    // The request waited for the hold to run out, rather than being refused at once.
    expect(changes).toEqual(['created:pending:', 'decided:expired:timeout']);
    expect(error).toBeInstanceOf(Anthropic.PermissionDeniedError);
    expect((error as Error).message).toContain('no one decided within 1 s');
    expect(rig.anthropic.received).toHaveLength(0);
  });

  it('models pass through; claude-code style bearer token works too', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    const viaBearer = new Anthropic({ authToken: rig.sdkToken, apiKey: null, baseURL: rig.anthropicBase, maxRetries: 0 });
    const models = await viaBearer.models.list();
    expect(models.data.map((model) => model.id)).toEqual(['claude-fake']);
    expect(rig.anthropic.received[0]!.headers['x-api-key']).toBe(EXPECTED_ANTHROPIC_KEY);
    expect(rig.anthropic.received[0]!.headers['authorization']).toBeUndefined();
  });

  it('streamed text without whitespace reaches the client delta by delta, a split placeholder whole', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    let openLast = () => {};
    const beforeLast = new Promise<void>((resolve) => (openLast = resolve));
    const chunks = ['{"id":"a1"', ',"key":"[GITH', 'UB_PAT_1]"', ',"n":"2"', '}'];
    rig.anthropic.reply = () => ({ text: '', chunks, beforeLast });
    const stream = client(rig).messages.stream({ model: 'claude-fake', max_tokens: 100, messages: [{ role: 'user', content: `here: ${GITHUB}` }] });
    const deltas: string[] = [];
    stream.on('text', (delta) => deltas.push(delta));
    try {
      // The fake sends its last piece only once the client has the rest (the wait is hang protection only).
      await vi.waitFor(() => expect(deltas).toEqual(['{"id":"a1"', ',"key":"', `${GITHUB}"`, ',"n":"2"']), { timeout: 60_000, interval: 10 });
    } finally {
      openLast();
    }
    const final = await stream.finalMessage();
    expect(final.content[0]).toMatchObject({ type: 'text', text: `{"id":"a1","key":"${GITHUB}","n":"2"}` });
  });
});
