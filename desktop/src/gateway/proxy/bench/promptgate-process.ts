/**
 * A promptgate gateway in a process of its own, as people run it, with its SDK proxy pointed at the bench's
 * fake upstream (`argv[2]`) and the upstream's key set. Prints `{"port":N,"token":"…"}` once listening; ends
 * (closing the gateway, so a `--cpu-prof` profile gets written) when its stdin closes.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGateway } from '../../../app/start-gateway';
import { BENCH_KEY } from './bench-upstream-key';

const upstream = process.argv[2];
if (!upstream) throw new Error('usage: promptgate-process.ts <upstream base URL>');
const dataDir = await mkdtemp(join(tmpdir(), 'pg-proxy-bench-'));
const gateway = await startGateway({
  port: 0,
  dataDir,
  upstreams: { openai: upstream },
  providerKeys: (provider) => (provider === 'openai' ? BENCH_KEY : undefined),
  onError: (error, where) => console.error(`promptgate bench gateway: ${where}:`, error),
});
const token = gateway.auth.tokens.create('sdk', 'bench');
console.log(JSON.stringify({ port: gateway.port, token }));
process.stdin.resume();
process.stdin.on('end', () => {
  void gateway
    .close()
    .then(() => rm(dataDir, { recursive: true, force: true }))
    .finally(() => process.exit(0));
});
