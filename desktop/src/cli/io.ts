import { readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { UsageError } from './errors';
import { decodeTextInput } from './text-input';

/** The streams a command talks to; injected so tests can run commands in-process. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** Input is capped so a mistaken `scan /dev/zero` fails clearly instead of exhausting memory. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export async function readAll(stream: Readable): Promise<string> {
  return (await readAllBytes(stream)).toString('utf8');
}

async function readAllBytes(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw new UsageError(`input is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** The text of FILE, or of stdin when no file (or `-`) is given; binary or non-UTF-8 input is refused. */
export async function readInput(file: string | undefined, io: CliIo): Promise<string> {
  if (file === undefined || file === '-') return decodeTextInput(await readAllBytes(io.stdin), '<stdin>');
  return decodeTextInput(await readFileBytes(file), file);
}

async function readFileBytes(file: string): Promise<Buffer> {
  try {
    const buffer = await readFile(file);
    if (buffer.length > MAX_INPUT_BYTES) throw new UsageError(`${file}: larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB`);
    return buffer;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String((error as Error).message);
    throw new UsageError(`${file}: ${reason}`);
  }
}

export function writeLine(stream: Writable, line: string): void {
  stream.write(line + '\n');
}
