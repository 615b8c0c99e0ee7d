/**
 * Child process for the crash test: appends (or journals) one event, says "answered" the way the gateway
 * would answer its client, then idles until the test kills it with SIGKILL. No close(), no WAL checkpoint.
 */
import { SessionLog } from './session-log';

const [dataDir, maskedText, mode] = process.argv.slice(2);
if (!dataDir || !maskedText) throw new Error('usage: crash-child.fixture.ts <dataDir> <maskedText> [journal]');

const journaled = mode === 'journal';
const log = SessionLog.open(dataDir, { journal: journaled });
const input = {
  sessionKind: 'chat' as const,
  source: 'chatgpt.com',
  conversationId: 'crash',
  kind: 'inspect' as const,
  verdict: 'redact' as const,
  maskedText,
  findings: [],
};
const id = journaled ? log.journalEvent(input) : log.appendEvent(input).id;
// Writes to a pipe are synchronous on Linux: the line is out before this returns.
process.stdout.write(`answered ${id}\n`);
// Journaled, the thread then blocks, so no batch ever takes the event into the database before the kill.
if (journaled) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
setInterval(() => undefined, 60_000);
