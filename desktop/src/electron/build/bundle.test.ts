import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleElectron, type BundleResult } from './bundle';

describe('bundleElectron', () => {
  let outdir: string;
  let result: BundleResult;

  beforeAll(async () => {
    outdir = await mkdtemp(join(tmpdir(), 'promptgate-electron-bundle-'));
    result = await bundleElectron(outdir);
  });

  afterAll(async () => {
    await rm(outdir, { recursive: true, force: true });
  });

  it('writes an ESM main that loads electron and native addons from outside the bundle', async () => {
    const main = await readFile(result.mainFile, 'utf8');
    expect(result.mainFile.endsWith('main.mjs')).toBe(true);
    expect(main).toMatch(/from "electron"/);
    expect(main).toMatch(/createRequire/);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((input) => input.includes('node_modules/electron/'))).toBe(false);
    expect(inputs.some((input) => input.includes('node_modules/better-sqlite3/'))).toBe(false);
    // The gateway is part of the bundle (loaded lazily), so the package needs no TypeScript at runtime.
    expect(inputs.some((input) => input.endsWith('src/app/start-gateway.ts'))).toBe(true);
    expect(inputs.some((input) => input.includes('node_modules/electron-store/'))).toBe(true);
  });

  it('carries the local UI prebuilt, so the packaged app needs neither the UI sources nor esbuild', async () => {
    const main = await readFile(result.mainFile, 'utf8');
    expect(main).not.toMatch(/from "esbuild"|require\("esbuild"\)/);
    expect(main).toContain('["index.html", { body: Buffer.from(');
    expect(main).toContain('["app.js", { body: Buffer.from(');
  });

  it('writes a CommonJS preload that needs nothing but electron', async () => {
    const preload = await readFile(result.preloadFile, 'utf8');
    expect(result.preloadFile.endsWith('preload.cjs')).toBe(true);
    expect(preload).toMatch(/require\("electron"\)/);
    expect(preload).not.toMatch(/^import /m);
    const required = [...preload.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(preload).toContain('promptgateDesktop');
  });
});
