import { defaultPolicy, inspect, Vault } from '@promptgate/shared';
import { describe, expect, it } from 'vitest';
import { LoggedFields } from './logged-fields';
import { transcriptOf } from './record';
import type { TextField } from './types';

const TOKEN = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';

describe('LoggedFields', () => {
  it('tells a field by its place and its text, per session', () => {
    const logged = new LoggedFields();
    const a = LoggedFields.digest(['messages', 0, 'content'], 'hello');
    logged.remember('agent\nrun-1', [a]);
    expect(logged.logged('agent\nrun-1', [a, LoggedFields.digest(['messages', 1, 'content'], 'hello'), LoggedFields.digest(['messages', 0, 'content'], 'hello!')])).toEqual([
      true,
      false,
      false,
    ]);
    expect(logged.logged('agent\nrun-2', [a])).toEqual([false]);
    // A gateway started afresh knows nothing: everything is logged again.
    expect(new LoggedFields().logged('agent\nrun-1', [a])).toEqual([false]);
  });

  it('forgets an idle session, the least recently used past the bound, and starts a session over past its own bound or age', () => {
    let now = 0;
    const logged = new LoggedFields({ sessions: 2, fieldsPerSession: 3, idleMs: 1000, maxAgeMs: 100_000 }, () => now);
    const digest = (n: number) => LoggedFields.digest(['messages', n], `text ${n}`);
    logged.remember('a', [digest(1)]);
    logged.remember('b', [digest(1)]);
    expect(logged.logged('a', [digest(1)])).toEqual([true]);
    // `b` is now the least recently used: a third session pushes it out.
    logged.remember('c', [digest(1)]);
    expect(logged.logged('b', [digest(1)])).toEqual([false]);
    expect(logged.logged('a', [digest(1)])).toEqual([true]);
    now = 5000;
    expect(logged.logged('a', [digest(1)])).toEqual([false]);
    logged.remember('d', [digest(1), digest(2), digest(3), digest(4)]);
    expect(logged.logged('d', [digest(1), digest(4)])).toEqual([false, true]);
    // Busy all along, but remembered longer than the log may keep its events: it starts over.
    for (now = 5000; now < 105_000; now += 900) expect(logged.logged('d', [digest(4)])).toEqual([true]);
    now += 900;
    expect(logged.logged('d', [digest(4)])).toEqual([false]);
  });
});

describe('transcriptOf', () => {
  const fields: TextField[] = [
    { path: ['messages', 0, 'content'], kind: 'history', text: `token ${TOKEN}` },
    { path: ['messages', 1, 'content'], kind: 'prompt', text: 'x'.repeat(70 * 1024) },
  ];
  const result = () =>
    inspect(
      fields.map((field, i) => ({ id: String(i), kind: field.kind, name: String(i), text: field.text })),
      { policy: defaultPolicy, context: { client: 'sdk', site: 'api.openai.com' }, vault: new Vault() },
    );

  it('names the fields it holds whole: one cut by the size cap is not, so it is logged again next time', () => {
    const transcript = transcriptOf(result(), fields, defaultPolicy);
    expect(transcript.whole).toEqual([0]);
    expect(transcript.unchanged).toBe(0);
    expect(transcript.maskedText.length).toBe(64 * 1024);
  });

  it('leaves out the fields logged before, says how many, and keeps their findings', () => {
    const transcript = transcriptOf(result(), fields, defaultPolicy, [true, false]);
    expect(transcript.maskedText.startsWith("(1 field logged unchanged with this session's earlier calls: not repeated)\n\nmessages[1].content (prompt):\nxxx")).toBe(true);
    expect(transcript.maskedText).not.toContain('[GITHUB_PAT_1]');
    expect(transcript.findings).toEqual([expect.objectContaining({ placeholder: '[GITHUB_PAT_1]', start: 0, end: transcript.maskedText.indexOf(')') + 1 })]);
    expect(transcript.unchanged).toBe(1);
  });

  it('leaves nothing out while prompts are not stored: there is no text to leave it out of', () => {
    const policy = { ...defaultPolicy, logging: { ...defaultPolicy.logging, storeMaskedPrompts: false } };
    const transcript = transcriptOf(result(), fields, policy, [true, false]);
    expect(transcript).toMatchObject({ maskedText: '', unchanged: 0, whole: [] });
    expect(transcript.findings).toEqual([expect.objectContaining({ placeholder: '[GITHUB_PAT_1]', start: 0, end: 0 })]);
  });
});
