import { spawn } from 'node:child_process';
import { stopper, type BenchProcess } from './bench-processes';

/** Hang protection: a load process ends by itself after this, even if the bench never stops it. */
const MAX_LOAD_MS = 15 * 60 * 1000;

/**
 * Spins in slices and yields between them, so it notices at once when the bench closes its stdin; exits
 * on its own after `MAX_LOAD_MS` whatever happens to the bench.
 */
const SPINNER = `
const until = Date.now() + ${MAX_LOAD_MS};
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
(function spin() {
  const slice = Date.now() + 20;
  while (Date.now() < slice);
  if (Date.now() > until) process.exit(0);
  setImmediate(spin);
})();
`;

/**
 * A bounded CPU load of the bench's own: `count` processes that each keep a core busy until stopped, so
 * "under load" means the same thing on every run instead of whatever else the machine happens to be doing.
 */
export function startCpuLoad(count: number): BenchProcess[] {
  return Array.from({ length: count }, () => {
    const child = spawn(process.execPath, ['-e', SPINNER], { stdio: ['pipe', 'ignore', 'inherit'] });
    return { child, stop: stopper(child, true) };
  });
}
