import { PassThrough } from 'node:stream';
import { main } from './main';

/** Runs the CLI in-process with `stdin` as input; returns what it printed and its exit code. */
export async function runCli(argv: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const input = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk.toString()));
  stderr.on('data', (chunk: Buffer) => err.push(chunk.toString()));
  input.end(stdin);
  const code = await main(argv, { stdin: input, stdout, stderr });
  return { code, stdout: out.join(''), stderr: err.join('') };
}
