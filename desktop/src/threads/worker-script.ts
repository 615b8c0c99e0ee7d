import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** How to start a worker thread: the module to run, and what it is given. */
export interface WorkerEntry {
  /** The worker's module (TypeScript when the gateway runs from source). */
  url: URL;
  workerData?: unknown;
}

/**
 * What `new Worker` runs for an entry. A worker thread does not inherit the TypeScript loader of its parent
 * (tests, tsx), so a `.ts` entry is started by a one-line module that registers tsx first.
 */
export function workerScript(entry: WorkerEntry): { script: string | URL; eval: boolean } {
  if (!entry.url.pathname.endsWith('.ts')) return { script: entry.url, eval: false };
  // tsx's ESM API is resolved here, where tsx is a dependency; its `import` build sits beside the `require` one.
  const api = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs');
  const script = `import(${JSON.stringify(pathToFileURL(api).href)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.url.href)}); });`;
  return { script, eval: true };
}
