import { PassThrough } from 'node:stream';
import { main } from './main';

/** Runs the CLI in-process with `stdin` as input; returns what it printed (also as exact bytes) and its exit code. */
export async function runCli(argv: string[], stdin: string | Buffer = ''): Promise<{ code: number; stdout: string; stderr: string; stdoutBytes: Buffer }> {
  const input = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  input.end(stdin);
  const code = await main(argv, { stdin: input, stdout, stderr });
  const stdoutBytes = Buffer.concat(out);
  return { code, stdout: stdoutBytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), stdoutBytes };
}
