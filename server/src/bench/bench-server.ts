import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { PostgresCluster } from '../testing/postgres-cluster';

const BIN = fileURLToPath(new URL('../../bin/promptgate-server.js', import.meta.url));

export interface BenchServer {
  url: string;
  /** The server's process, for its CPU time. */
  pid: number;
  /** The quick-start admin token a first start prints (a later replica on the same database prints none). */
  adminToken(): Promise<string>;
  stop(): Promise<void>;
}

/** `promptgate-server` in a process of its own, as deployed; resolves on its "listening on" line. */
export async function startBenchServer(options: { dataDir: string; databaseUrl?: string; env?: NodeJS.ProcessEnv }): Promise<BenchServer> {
  const database = options.databaseUrl ? ['--database', options.databaseUrl] : [];
  const child = spawn(process.execPath, [BIN, '--port', '0', '--data-dir', options.dataDir, ...database], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  let out = '';
  let err = '';
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const token = new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const match = /(pgsa_[\w-]+)/.exec(err);
      if (match) resolve(match[1]!);
    });
    void exited.then(() => reject(new Error(`the server printed no admin token: ${err}`)));
  });
  token.catch(() => undefined);
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', () => reject(new Error(`the server exited: ${err}`)));
  });
  return {
    url,
    pid: child.pid!,
    adminToken: () => token,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A fresh database named `bench` on the bench's own PostgreSQL server; its URL. */
export async function benchDatabase(cluster: PostgresCluster): Promise<string> {
  const admin = new pg.Client({ connectionString: cluster.url('postgres') });
  await admin.connect();
  await admin.query('CREATE DATABASE bench');
  await admin.end();
  return cluster.url('bench');
}
