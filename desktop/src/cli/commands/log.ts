import { parseArgs } from 'node:util';
import { SessionLog, type ChainBreak } from '../../log';
import { faultOf } from '../../log/faults';
import { defaultDataDir } from '../data-dir';
import { UsageError } from '../errors';
import { writeLine, type CliIo } from '../io';

export const logUsage = `promptgate log verify [--data-dir DIR]
  Checks the session log's hash chain. Intact: one "ok" line, exit 0. Tampered with: a "broken" line, then
  one line per broken link (event number and what is wrong), exit 1. A database file that cannot be read:
  one "broken" line saying so, exit 1.
promptgate log export [--since DATE] [--data-dir DIR]
  Writes every event (masked) as JSON Lines to stdout, in the log's order. --since (an ISO date or ms since
  epoch) starts at the first event whose time is at or after it and includes every later event, even one whose
  time is earlier because the clock stepped back (such an event has detail.clockStepBackMs).`;

const CHAIN_BREAKS: Record<ChainBreak, string> = {
  seq_gap: 'events are missing',
  prev_hash_mismatch: 'an event does not follow the one before it',
  hash_mismatch: 'an event was changed after it was written',
  tail_missing: 'the newest events were removed',
};

function parseSince(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  if (Number.isNaN(ms)) throw new UsageError(`--since: "${value}" is not a date (use 2026-01-31 or ms since epoch)`);
  return ms;
}

export async function logCommand(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  const { values } = parseArgs({ args: rest, options: { 'data-dir': { type: 'string' }, since: { type: 'string' } } });
  if (action !== 'verify' && action !== 'export') throw new UsageError('log takes "verify" or "export"');
  const since = parseSince(values.since);
  try {
    return run(action, since, values['data-dir'] ?? defaultDataDir(), io);
  } catch (error) {
    if (faultOf(error) !== 'damaged') throw error;
    // One line instead of a driver stack; the gateway sets such a file aside when it starts.
    const what = `the session log database is damaged (${(error as Error).message.replace(/\s+/g, ' ')}); the gateway moves it aside and starts a new log when it starts`;
    writeLine(action === 'verify' ? io.stdout : io.stderr, action === 'verify' ? `broken: ${what}` : `promptgate log: ${what}`);
    return 1;
  }
}

function run(action: 'verify' | 'export', since: number | undefined, dataDir: string, io: CliIo): number {
  const log = SessionLog.open(dataDir);
  try {
    if (action === 'export') {
      const count = log.exportJsonl(since, (line) => io.stdout.write(line));
      const range = since === undefined ? '' : ` since ${new Date(since).toISOString()}`;
      writeLine(io.stderr, count === 0 ? `no events${range} in the session log` : `${count} event${count === 1 ? '' : 's'}${range} exported`);
      return 0;
    }
    const result = log.verify();
    if (result.ok) {
      writeLine(io.stdout, result.events === 0 ? 'ok: the session log is empty' : `ok: ${result.events} event${result.events === 1 ? '' : 's'}, hash chain intact`);
      return 0;
    }
    const links = `${result.brokenCount} broken link${result.brokenCount === 1 ? '' : 's'}`;
    writeLine(io.stdout, `broken: ${links} in the hash chain of ${result.events} event${result.events === 1 ? '' : 's'}`);
    for (const link of result.breaks) writeLine(io.stdout, `  event #${link.seq}: ${CHAIN_BREAKS[link.reason]}`);
    const unlisted = result.brokenCount - result.breaks.length;
    if (unlisted > 0) writeLine(io.stdout, `  and ${unlisted} more`);
    return 1;
  } finally {
    log.close();
  }
}
