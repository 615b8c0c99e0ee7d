import type { Readable, Writable } from 'node:stream';
import { readAll } from './io';
import { UsageError } from './errors';

interface TtyInput extends Readable {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
}

/**
 * Reads one secret from stdin without echo. From a terminal the characters are read in raw mode and never
 * written back; from a pipe (`pass show openai | promptgate keys set openai`) the whole input is the secret.
 * Never from argv: arguments land in shell history and in every other user's `ps`.
 */
export async function readSecret(stdin: Readable, prompt: string, stderr: Writable): Promise<string> {
  const input = stdin as TtyInput;
  if (!input.isTTY || !input.setRawMode) return (await readAll(stdin)).trim();
  stderr.write(prompt);
  input.setRawMode(true);
  input.setEncoding('utf8');
  try {
    return await new Promise<string>((resolve, reject) => {
      let value = '';
      const onData = (chunk: string) => {
        for (const char of chunk) {
          if (char === '\r' || char === '\n' || char === '\u0004') {
            input.off('data', onData);
            stderr.write('\n');
            resolve(value.trim());
            return;
          }
          if (char === '\u0003') {
            input.off('data', onData);
            stderr.write('\n');
            reject(new UsageError('cancelled'));
            return;
          }
          if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
          else value += char;
        }
      };
      input.on('data', onData);
    });
  } finally {
    input.setRawMode(false);
    input.pause();
  }
}
