import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { InspectResponse } from '@promptgate/shared';
import type { ContentDeps } from '../content/deps';
import type { sendToBackground } from '../messages/send';
import { Overlay } from '../overlay/overlay';
import { PageApprovals } from '../content/page-approvals';
import { HELLO_EVENT } from './channel';
import { installBackstopGate } from './isolated-gate';
import { MainGate } from './main-gate';
import { wrapNetwork } from './wrap-network';

const TOKEN = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';

/** What reached "the network": the calls the wrapped functions passed on. */
const wire: string[] = [];

class RecordingSocket {
  readonly url = 'wss://chat.example/ws';
  send(data: string): void {
    wire.push(`ws:${data}`);
  }
}

let verdict: InspectResponse['verdict'] = 'redact';
/** How many questions the overlay asked. */
let asked = 0;
/** While set, the gateway's answer to a `choice` message waits for it. */
let choiceHeard: Promise<void> | undefined;
/** What the approver sends back for a held body. */
const APPROVED_TEXT = 'approved: [GITHUB_PAT_1]';

const send = vi.fn(async (name: string, payload: { segments: Array<{ id: string; text: string }> }) =>
  name === 'choice' && choiceHeard !== undefined
    ? choiceHeard.then(() => ({ ok: true }))
    : name === 'approval'
      ? { id: 'a1', status: 'approved', expiresAt: 0, segments: [{ id: 'body-0', text: APPROVED_TEXT }] }
      : name !== 'inspect'
        ? { ok: true }
        : {
            kind: 'gateway' as const,
            response: {
              eventId: 'e1',
              verdict,
              ...(verdict === 'hold' ? { approvalId: 'a1' } : {}),
              segments: payload.segments.map((s) => ({ id: s.id, text: s.text.replace(TOKEN, '[GITHUB_PAT_1]') })),
              findings: payload.segments.map((s) => ({
                segmentId: s.id,
                type: 'github-pat',
                title: 'GitHub token',
                category: 'secret',
                severity: 'critical',
                action: verdict,
                start: 0,
                end: 1,
                preview: 'ghp_…',
              })),
              reasons: [],
              policy: { name: 'p', version: 1, source: 'default', failMode: 'closed' as const, restoreResponses: true },
            },
          },
);

beforeAll(() => {
  vi.stubGlobal('WebSocket', RecordingSocket);
  window.fetch = async (_input: RequestInfo | URL, init?: RequestInit) => {
    wire.push(`fetch:${init?.body as string}`);
    return new Response('{}');
  };
  const overlay = new Overlay();
  // The person answers every question the overlay asks with "OK" / "Don't send".
  // A pending approval's overlay stays up until the approver decides.
  overlay.show = (content) => {
    asked++;
    return content.tone === 'hold' ? new Promise(() => {}) : Promise.resolve({ action: content.actions[0]!.id, justification: '' });
  };
  const deps = { overlay, send: send as unknown as typeof sendToBackground, conversation: { current: () => 'c1' } } as unknown as ContentDeps;
  // The main world announces its channel first, as at document_start; the isolated side asks and is answered.
  const gate = new MainGate();
  installBackstopGate(deps, new PageApprovals());
  wrapNetwork(gate);
});

describe('the wrapped network calls', () => {
  it('passes a clean fetch body at once, and rewrites a secret with the gateway\u2019s placeholders', async () => {
    wire.length = 0;
    await fetch('/api', { method: 'POST', body: JSON.stringify({ text: 'hello there' }) });
    await fetch('/api', { method: 'POST', body: JSON.stringify({ text: `use ${TOKEN}` }) });
    expect(wire).toEqual(['fetch:{"text":"hello there"}', 'fetch:{"text":"use [GITHUB_PAT_1]"}']);
  });

  it('rejects a fetch the policy blocks, like a network error, and sends nothing', async () => {
    wire.length = 0;
    verdict = 'block';
    await expect(fetch('/api', { method: 'POST', body: `key ${TOKEN} here` })).rejects.toThrow(TypeError);
    expect(wire).toEqual([]);
    verdict = 'redact';
  });

  it('holds a body until the approver decides, then sends what was approved', async () => {
    wire.length = 0;
    verdict = 'hold';
    await fetch('/api', { method: 'POST', body: `held ${TOKEN}` });
    expect(wire).toEqual([`fetch:${APPROVED_TEXT}`]);
    verdict = 'redact';
  });

  it('declines a retry that comes while the gateway is still hearing the person\u2019s "Don\u2019t send", without asking again', async () => {
    wire.length = 0;
    verdict = 'warn';
    let heard!: () => void;
    choiceHeard = new Promise((resolve) => (heard = resolve));
    const before = asked;
    const first = fetch('/api', { method: 'POST', body: `retried ${TOKEN}` });
    // The person has answered (the overlay is gone) and the choice is on its way: the site retries.
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith('choice', expect.anything()));
    const retry = fetch('/api', { method: 'POST', body: `retried ${TOKEN}` });
    heard();
    await expect(first).rejects.toThrow(TypeError);
    await expect(retry).rejects.toThrow(TypeError);
    expect(asked - before).toBe(1);
    expect(wire).toEqual([]);
    choiceHeard = undefined;
    verdict = 'redact';
  });

  it('keeps a socket\u2019s messages in order while one waits for its verdict', async () => {
    wire.length = 0;
    const socket = new WebSocket('wss://chat.example/ws');
    socket.send('first');
    socket.send(`second ${TOKEN}`);
    socket.send('third');
    // The clean first message left synchronously; the rest wait behind the flagged one.
    expect(wire).toEqual(['ws:first']);
    await vi.waitFor(() => expect(wire).toEqual(['ws:first', 'ws:second [GITHUB_PAT_1]', 'ws:third']));
  });

  it('ignores a page script that announces a channel of its own: nothing answers there', () => {
    const answers: unknown[] = [];
    window.addEventListener('promptgate-forged-channel-0000-answer', (event) => answers.push((event as CustomEvent).detail));
    window.dispatchEvent(new CustomEvent(HELLO_EVENT, { detail: 'forged-channel-0000' }));
    window.dispatchEvent(
      new CustomEvent('promptgate-forged-channel-0000-check', { detail: JSON.stringify({ id: 1, via: 'fetch', url: '/', pieces: [{ kind: 'text', text: 'hello there' }] }) }),
    );
    expect(answers).toEqual([]);
  });
});
