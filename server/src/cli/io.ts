import type { Writable } from 'node:stream';

export interface CliIo {
  stdout: Writable;
  stderr: Writable;
}

export function writeLine(stream: Writable, line: string): void {
  stream.write(line + '\n');
}

/** A mistake the person can fix: printed as one line, exit code 2. */
export class UsageError extends Error {
  readonly code = 'usage';
}
