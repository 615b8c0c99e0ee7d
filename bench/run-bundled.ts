/**
 * `tsx bench/run-bundled.ts <bench.ts> [args…]`: runs a bench as one esbuild bundle of promptgate's own code, the
 * way it ships (the gateway, the org server and the extension all run bundled), instead of under tsx, which
 * compiles each file on its own and puts a wrapper around every call into another module (30–60% on the
 * detection engine's hottest paths, none on peers loaded from node_modules). npm packages stay external, so
 * peers such as secretlint run exactly as installed. The bundle is written next to the entry, so the bench's
 * paths relative to its own file still hold, and removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: tsx bench/run-bundled.ts <bench.ts> [args...]');
  process.exit(2);
}
const outfile = join(dirname(resolve(entry)), `.${basename(entry, '.ts')}.bundle.mjs`);
try {
  await build({ entryPoints: [entry], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning' });
  // `--expose-gc`: a bench may collect garbage on purpose (detect.bench.ts times the first call after a collection).
  const run = spawnSync(process.execPath, ['--expose-gc', outfile, ...args], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(outfile, { force: true });
}
