import { closeSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';
import { z } from 'zod';
import { EVENT_ID_PATTERN, type PreparedEvent } from './event-input';
import { EVENT_KINDS, SESSION_KINDS, VERDICTS } from './types';

/**
 * What a journal line must hold: a prepared event, as `prepareEvent` made it. Checked again on the way back
 * in, since the file sits on disk between runs.
 */
const journalLine = z.object({
  id: z.string().regex(EVENT_ID_PATTERN),
  at: z.number().int().nonnegative(),
  sessionKind: z.enum(SESSION_KINDS),
  conversationId: z.string().nullable(),
  kind: z.enum(EVENT_KINDS),
  source: z.string(),
  requester: z.string().nullable(),
  verdict: z.enum(VERDICTS),
  masked_text: z.string(),
  findings: z.string(),
  detail: z.string(),
});

export interface JournalContents {
  events: PreparedEvent[];
  /** Lines that could not be read back (a torn last line after a crash is not counted: it was never acknowledged). */
  damaged: number;
}

/**
 * The session log's write-ahead journal: an event is durable once its line is written (one `write`, the
 * same guarantee as a WAL commit with `synchronous = NORMAL`: it survives kill -9, not power loss), and goes
 * into the hash-chained database with the next batch. Holds masked, validated events only, like the
 * database, and is emptied after every batch. One writer: the gateway that owns the data directory.
 */
export class Journal {
  readonly #fd: number;
  /** Bytes of whole lines in the file: where a line that did not go out whole is cut back to. */
  #size: number;

  private constructor(fd: number, size: number) {
    this.#fd = fd;
    this.#size = size;
  }

  /** Opens (creating 0600) the journal and reads back what an earlier run left in it. */
  static open(file: string): { journal: Journal; leftover: JournalContents } {
    const fd = openSync(file, 'a+', 0o600);
    const text = readFileSync(fd, 'utf8');
    return { journal: new Journal(fd, Buffer.byteLength(text)), leftover: parse(text) };
  }

  /**
   * Throws when the line did not go out whole (a full disk): the caller must not answer as if it had. The
   * part that went out is cut off again, or the next line would be glued to it and lost at replay too.
   */
  write(event: PreparedEvent): void {
    const line = Buffer.from(`${JSON.stringify(event)}\n`);
    let written = 0;
    try {
      written = writeSync(this.#fd, line);
    } catch (error) {
      this.cutBack();
      throw error;
    }
    if (written !== line.length) {
      this.cutBack();
      throw Object.assign(new Error(`the session-log journal took ${written} of ${line.length} bytes`), { code: 'ENOSPC' });
    }
    this.#size += line.length;
  }

  private cutBack(): void {
    try {
      ftruncateSync(this.#fd, this.#size);
    } catch {
      // A torn last line is skipped at replay; the event was never acknowledged.
    }
  }

  /** Bytes of whole lines in the file. */
  get size(): number {
    return this.#size;
  }

  /** Everything in it is in the database now. */
  clear(): void {
    ftruncateSync(this.#fd, 0);
    this.#size = 0;
  }

  close(): void {
    closeSync(this.#fd);
  }
}

function parse(text: string): JournalContents {
  const lines = text.split('\n');
  // A complete file ends with a newline; whatever follows the last one was cut off mid-write.
  lines.pop();
  const events: PreparedEvent[] = [];
  let damaged = 0;
  for (const line of lines) {
    if (line === '') continue;
    try {
      events.push(journalLine.parse(JSON.parse(line)));
    } catch {
      damaged++;
    }
  }
  return { events, damaged };
}
