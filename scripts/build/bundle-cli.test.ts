import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, type CliBundle } from './bundle-cli';

const run = promisify(execFile);

/** The source files one output file was made from. */
function inputsOf(bundle: CliBundle, file: string): string[] {
  const output = Object.entries(bundle.metafile.outputs).find(([path]) => file.endsWith(path.replace(/^(\.\.\/)+/, '/').replace(/^\//, '')));
  if (!output) throw new Error(`no output ${file}`);
  return Object.keys(output[1].inputs);
}

// What a command loads is what its start-up costs: these pin which code each bundle carries.
describe('the CLI bundle', () => {
  let outdir: string;
  let bundle: CliBundle;
  beforeAll(async () => {
    outdir = await mkdtemp(join(tmpdir(), 'pg-cli-bundle-'));
    bundle = await bundleCli(outdir);
  });
  afterAll(() => rm(outdir, { recursive: true, force: true }));

  it('keeps every command out of the entry, so --help loads none of them', () => {
    const inputs = inputsOf(bundle, bundle.entryFile);
    expect(inputs.some((input) => input.includes('/commands/'))).toBe(false);
    expect(inputs.some((input) => input.includes('node_modules/'))).toBe(false);
    expect(bundle.lazyFiles.map((file) => file.slice(outdir.length + 1)).sort()).toEqual(
      ['enroll.js', 'gateway.js', 'keys.js', 'log.js', 'mcp.js', 'pair.js', 'redact.js', 'rules.js', 'scan-jsonl.js', 'scan.js', 'start.js', 'token.js', 'ui.js'].sort(),
    );
  });

  it('gives `scan` the detection engine and nothing of the gateway, the policy parser or the validator', () => {
    const inputs = inputsOf(bundle, join(outdir, 'scan.js'));
    expect(inputs.some((input) => input.includes('shared/src/detect/engine.ts'))).toBe(true);
    for (const heavy of ['/gateway/', 'node_modules/zod/', 'node_modules/yaml/', 'better-sqlite3']) {
      expect(
        inputs.filter((input) => input.includes(heavy)),
        heavy,
      ).toEqual([]);
    }
  });

  it('carries the local UI prebuilt, so the gateway needs neither the UI sources nor esbuild at runtime', () => {
    const inputs = inputsOf(bundle, join(outdir, 'gateway.js'));
    expect(inputs.some((input) => input.includes('node_modules/esbuild/'))).toBe(false);
    expect(inputs.some((input) => input.endsWith('src/app/start-gateway.ts'))).toBe(true);
  });

  it('runs as plain Node: --version and a one-line scan from the output folder', async () => {
    const entry = join(outdir, 'main.js');
    const runner = join(outdir, 'run.mjs');
    await writeFile(runner, "const { main } = await import('./main.js');\nprocess.exitCode = await main(process.argv.slice(2));\n");
    const version = await run(process.execPath, [runner, '--version']);
    expect(version.stdout).toMatch(/^promptgate \d+\.\d+\.\d+\n$/);
    const scan = await run(process.execPath, [runner, 'scan', '--json', entry]).catch((error: { code: number; stdout: string }) => error);
    expect(JSON.parse((scan as { stdout: string }).stdout)).toHaveProperty('findings');
  });

  it("writes the gateway's worker threads beside the bundles, and the detection worker detects as plain Node", async () => {
    expect(bundle.workerFiles).toEqual([join(outdir, 'detect-worker.js'), join(outdir, 'session-log-worker.js')]);
    const worker = new Worker(bundle.workerFiles[0]!);
    try {
      const reply = await new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({ id: 7, texts: ['token ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u'], custom: [] });
      });
      expect(reply).toMatchObject({ id: 7, findings: [[{ type: 'github-pat' }]] });
    } finally {
      await worker.terminate();
    }
  });
});
