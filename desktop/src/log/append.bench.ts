/**
 * Cost of one append (WAL, synchronous = NORMAL: committed to the WAL before it returns) on this machine's disk.
 * Run: npx tsx desktop/src/log/append.bench.ts [events] [dataDir]. The data dir defaults to a fresh temp dir;
 * pass a directory on the disk the gateway will use, since write cost depends on the disk.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SessionLog } from './session-log';
import type { EventInput } from './types';

const count = Number(process.argv[2] ?? 2000);
const dir = process.argv[3] ?? mkdtempSync(join(tmpdir(), 'promptgate-bench-'));
const log = SessionLog.open(dir);
const maskedText = `${'Please review this deployment script before I run it. '.repeat(8)}It uses [KEY_1] and mails [EMAIL_1].`;
const keyAt = maskedText.indexOf('[KEY_1]');
const emailAt = maskedText.indexOf('[EMAIL_1]');

function event(i: number): EventInput {
  return {
    sessionKind: 'chat',
    source: 'chatgpt.com',
    conversationId: `conv-${i % 50}`,
    requester: 'bench',
    kind: 'inspect',
    verdict: 'redact',
    maskedText,
    findings: [
      { type: 'aws-access-key', category: 'secret', start: keyAt, end: keyAt + 7, placeholder: '[KEY_1]', valueHash: log.hashValue(`k${i}`) },
      { type: 'email', category: 'pii', start: emailAt, end: emailAt + 9, placeholder: '[EMAIL_1]', valueHash: log.hashValue(`e${i}`) },
    ],
    detail: { latencyMs: 2, model: 'gpt-4o' },
  };
}

for (let i = 0; i < 50; i++) log.appendEvent(event(i)); // warm up statements and the page cache
const samples: number[] = [];
for (let i = 0; i < count; i++) {
  const t = process.hrtime.bigint();
  log.appendEvent(event(i));
  samples.push(Number(process.hrtime.bigint() - t) / 1e6);
}
samples.sort((a, b) => a - b);
const pct = (p: number) => (samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] ?? 0).toFixed(3);
const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
console.log(`${count} appends: mean ${mean.toFixed(3)} ms, p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms, max ${pct(1)} ms`);
const t = process.hrtime.bigint();
const result = log.verify();
console.log(`verify ${JSON.stringify(result)} in ${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(1)} ms`);
log.close();
if (!process.argv[3]) rmSync(dir, { recursive: true, force: true });
