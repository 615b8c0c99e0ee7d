/**
 * Child process for the crash test: appends one event, says "answered" the way the gateway would answer
 * its client, then idles until the test kills it with SIGKILL. No close(), no WAL checkpoint.
 */
import { SessionLog } from './session-log';

const [dataDir, maskedText] = process.argv.slice(2);
if (!dataDir || !maskedText) throw new Error('usage: crash-child.fixture.ts <dataDir> <maskedText>');

const log = SessionLog.open(dataDir);
const event = log.appendEvent({
  sessionKind: 'chat',
  source: 'chatgpt.com',
  conversationId: 'crash',
  kind: 'inspect',
  verdict: 'redact',
  maskedText,
  findings: [],
});
process.stdout.write(`answered ${event.id}\n`);
setInterval(() => undefined, 60_000);
