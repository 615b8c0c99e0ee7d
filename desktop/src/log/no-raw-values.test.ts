import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SessionLog } from './session-log';
import { chatEvent, useTempDirs } from './test-helpers';

const RAW_KEY = 'AKIAZ7Q3EXAMPLE4KEYX';
const RAW_EMAIL = 'dana.whitfield@example.org';

/** Which files of the data directory (database, WAL, shm, key) contain the text, as UTF-8 or UTF-16. */
function filesContaining(dir: string, text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  return readdirSync(dir).filter((name) => {
    const bytes = readFileSync(join(dir, name));
    return needles.some((needle) => bytes.includes(needle));
  });
}

describe('no raw value on disk', () => {
  const tempDir = useTempDirs();

  function appendMasked(log: SessionLog): void {
    const maskedText = 'deploy with [KEY_1] and mail [EMAIL_1]';
    log.appendEvent(
      chatEvent({
        maskedText,
        findings: [
          { type: 'aws-access-key', category: 'secret', start: 12, end: 19, placeholder: '[KEY_1]', valueHash: log.hashValue(RAW_KEY) },
          { type: 'email', category: 'pii', start: 29, end: 38, placeholder: '[EMAIL_1]', valueHash: log.hashValue(RAW_EMAIL) },
        ],
        detail: { choice: 'send-redacted', latencyMs: 4, model: 'gpt-4o' },
      }),
    );
  }

  it('keeps only placeholders and keyed hashes, in the database and in the WAL', () => {
    const dir = tempDir();
    const log = SessionLog.open(dir);
    appendMasked(log);
    // Before close the event lives only in the WAL; after close it is checkpointed into the main file.
    expect(readdirSync(dir)).toContain('session-log.db-wal');
    expect(filesContaining(dir, RAW_KEY)).toEqual([]);
    expect(filesContaining(dir, RAW_EMAIL)).toEqual([]);
    expect(filesContaining(dir, '[KEY_1]').length).toBeGreaterThan(0);
    log.close();
    expect(filesContaining(dir, RAW_KEY)).toEqual([]);
    expect(filesContaining(dir, RAW_EMAIL)).toEqual([]);
  });

  it('hashes with a per-installation key, not a bare SHA-256', async () => {
    const { createHash } = await import('node:crypto');
    const a = SessionLog.open(tempDir());
    const b = SessionLog.open(tempDir());
    expect(a.hashValue(RAW_KEY)).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hashValue(RAW_KEY)).toBe(a.hashValue(RAW_KEY));
    expect(a.hashValue(RAW_KEY)).not.toBe(b.hashValue(RAW_KEY));
    expect(a.hashValue(RAW_KEY)).not.toBe(createHash('sha256').update(RAW_KEY).digest('hex'));
    a.close();
    b.close();
  });

  it('would notice a raw value if one were stored (the search above can fail)', () => {
    const dir = tempDir();
    const log = SessionLog.open(dir);
    log.appendEvent(chatEvent({ maskedText: `oops ${RAW_KEY}`, findings: [] }));
    expect(filesContaining(dir, RAW_KEY)).toContain('session-log.db-wal');
    log.close();
  });
});
