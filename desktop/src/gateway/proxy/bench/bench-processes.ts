import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer, connect } from 'node:net';
import { createInterface } from 'node:readline';

/** A process the bench started, and how to end it. */
export interface BenchProcess {
  child: ChildProcess;
  /** Ends it the gentle way (stdin closes), then for sure; resolves once it has exited. */
  stop(): Promise<void>;
}

/** `gently` closes stdin (the bench's own processes end with it); else SIGTERM. */
export function stopper(child: ChildProcess, gently: boolean): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    if (gently) child.stdin?.end();
    else child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
}

/**
 * Runs a TypeScript file of this folder under tsx with `nodeFlags` (e.g. `--cpu-prof`); resolves with the
 * JSON object it prints on its first line of output.
 */
export function startTsProcess<T>(file: string, args: string[], nodeFlags: string[] = []): Promise<{ info: T } & BenchProcess> {
  return startNodeProcess<T>(new URL(file, import.meta.url).pathname, args, [...nodeFlags, '--import', 'tsx']);
}

/** Runs a JavaScript file with `nodeFlags`; resolves with the JSON object it prints on its first line of output. */
export async function startNodeProcess<T>(path: string, args: string[], nodeFlags: string[] = []): Promise<{ info: T } & BenchProcess> {
  const child = spawn(process.execPath, [...nodeFlags, path, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<never>((_resolve, reject) => child.once('exit', (code) => reject(new Error(`${path} exited (${code}) before it was ready`))));
  const firstLine = (async () => {
    for await (const line of createInterface({ input: child.stdout })) return JSON.parse(line) as T;
    throw new Error(`${path} printed nothing`);
  })();
  const info = await Promise.race([firstLine, exited]);
  child.stdout.resume();
  return { info, child, stop: stopper(child, true) };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Portkey's open-source gateway (`@portkey-ai/gateway`, its Node server `build/start-server.js` on Hono) as its
 * README runs it, headless. It needs no network of its own: a custom host on 127.0.0.1 is trusted by default.
 * Its streamed replies fail here (500 "Something went wrong", `TypeError: immutable` in its log): for a stream
 * body, @hono/node-server's light Response keeps the upstream fetch Response's immutable Headers, and Portkey
 * then appends its own headers to them. The bench leaves it out of the stream row and prints why.
 */
export async function startPortkey(): Promise<{ port: number } & BenchProcess> {
  const script = createRequire(import.meta.url).resolve('@portkey-ai/gateway/build/start-server.js');
  const port = await freePort();
  const child = spawn(process.execPath, [script, '--headless', `--port=${port}`], { stdio: ['pipe', 'ignore', 'ignore'], env: { ...process.env, NODE_ENV: 'production' } });
  for (let tries = 0; !(await accepts(port)); tries++) {
    if (child.exitCode !== null) throw new Error(`Portkey's gateway exited (${child.exitCode}) before it listened`);
    if (tries > 300) throw new Error(`Portkey's gateway did not listen on ${port} within 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { port, child, stop: stopper(child, false) };
}
