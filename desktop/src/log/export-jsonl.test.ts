import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { eventHash, GENESIS_HASH } from './chain';
import type { ExportedEvent } from './export-jsonl';
import { SessionLog } from './session-log';
import { chatEvent, frozenClock, useTempDirs } from './test-helpers';

describe('JSONL export', () => {
  const tempDir = useTempDirs();

  it('writes one parseable line per event, oldest first, from `since` on', () => {
    const clock = frozenClock();
    const log = SessionLog.open(tempDir(), { now: clock.now });
    const first = log.appendEvent(chatEvent());
    clock.advance(1000);
    const second = log.appendEvent(chatEvent({ kind: 'approval', verdict: 'hold', detail: { approver: 'sam', reason: 'ok for ticket 42' } }));

    const lines: string[] = [];
    expect(log.exportJsonl(undefined, (line) => lines.push(line))).toBe(2);
    expect(lines.every((line) => line.endsWith('\n') && !line.slice(0, -1).includes('\n'))).toBe(true);
    const events = lines.map((line) => JSON.parse(line) as ExportedEvent);
    expect(events.map((e) => e.id)).toEqual([first.id, second.id]);
    expect(events[1]).toMatchObject({ detail: { approver: 'sam' }, session: { kind: 'chat', source: 'chatgpt.com', conversationId: 'conv-1' } });

    const since: string[] = [];
    log.exportJsonl(second.at, (line) => since.push(line));
    expect(since).toHaveLength(1);
    log.close();
  });

  it('carries what a receiver needs to re-verify the chain', () => {
    const log = SessionLog.open(tempDir());
    log.appendEvent(chatEvent());
    log.appendEvent(chatEvent({ detail: { usage: { output: 7, input: 12 }, model: 'gpt-x' } }));
    const events: ExportedEvent[] = [];
    log.exportJsonl(undefined, (line) => events.push(JSON.parse(line) as ExportedEvent));
    let prev = GENESIS_HASH;
    for (const e of events) {
      const recomputed = eventHash({
        seq: e.seq,
        id: e.id,
        session_id: e.sessionId,
        at: e.at,
        kind: e.kind,
        source: e.source,
        requester: e.requester,
        verdict: e.verdict,
        masked_text: e.maskedText,
        findings: canonicalJson(e.findings),
        detail: canonicalJson(e.detail),
        prev_hash: prev,
      });
      expect(recomputed).toBe(e.hash);
      prev = e.hash;
    }
    log.close();
  });
});
