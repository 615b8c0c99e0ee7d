// Bundles the `promptgate` CLI into desktop/dist/cli: what the bin runs, so a command starts as plain Node
// without compiling TypeScript. `npm run build` at the repository root runs it (so do `npm install` and `npm start`).
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile, type Plugin } from 'esbuild';
import { nodeBundleOptions } from './node-bundle-options';
import { prebuiltUiPlugin } from '../../desktop/src/build/prebuilt-ui-plugin';

const desktopDir = fileURLToPath(new URL('../../desktop/', import.meta.url));
const uiDir = `${desktopDir}src/ui/`;

export const CLI_OUTDIR = `${desktopDir}dist/cli`;

export interface CliBundle {
  readonly entryFile: string;
  /** One bundle per lazily imported module (each command, and what commands import lazily), by file name. */
  readonly lazyFiles: readonly string[];
  /** Worker thread entries, started by file name beside the bundles that use them. */
  readonly workerFiles: readonly string[];
  readonly metafile: Metafile;
}

/**
 * Modules the gateway runs as worker threads (`new Worker(new URL('./<name>.js', import.meta.url))`): each is
 * an entry of its own in the same folder, since a worker starts from a file, not from an import.
 */
const WORKERS: ReadonlyMap<string, string> = new Map([
  ['detect-worker', `${desktopDir}src/gateway/inspect-pool/detect-worker.ts`],
  ['session-log-worker', `${desktopDir}src/log/session-log-worker.ts`],
]);

/**
 * main.ts imports each command module with `import()` (and a command may do the same for a rarely used
 * part). Each of those becomes a bundle of its own, and the `import()` points at it: `scan` then loads the
 * detection engine and nothing else (no gateway, no policy parser, no validator), which shared chunks cannot
 * promise, since esbuild groups whole files by which entries reach them.
 */
function separateBundlesForDynamicImports(found: Map<string, string>): Plugin {
  return {
    name: 'promptgate-lazy-bundles',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^\.\.?\// }, ({ path, importer, kind }) => {
        if (kind !== 'dynamic-import') return undefined;
        const name = basename(path);
        const source = `${resolve(dirname(importer), path)}.ts`;
        if (found.has(name) && found.get(name) !== source) throw new Error(`two lazily imported modules are both named ${name}`);
        found.set(name, source);
        return { path: `./${name}.js`, external: true };
      });
    },
  };
}

export async function bundleCli(outdir = CLI_OUTDIR): Promise<CliBundle> {
  const options = { ...nodeBundleOptions(desktopDir), outdir };
  const found = new Map<string, string>([['main', `${desktopDir}src/cli/main.ts`], ...WORKERS]);
  const built = new Set<string>();
  const metafile: Metafile = { inputs: {}, outputs: {} };
  // Bundling a module may find more lazily imported ones: go on until none is left.
  while (built.size < found.size) {
    const pending = [...found].filter(([name]) => !built.has(name));
    const results = await Promise.all(
      pending.map(([name, source]) => {
        built.add(name);
        return build({ ...options, entryPoints: { [name]: source }, plugins: [separateBundlesForDynamicImports(found), prebuiltUiPlugin(uiDir)] });
      }),
    );
    for (const result of results) {
      Object.assign(metafile.inputs, result.metafile.inputs);
      Object.assign(metafile.outputs, result.metafile.outputs);
    }
  }
  const lazy = [...found.keys()].filter((name) => name !== 'main' && !WORKERS.has(name));
  return {
    entryFile: `${outdir}/main.js`,
    lazyFiles: lazy.map((name) => `${outdir}/${name}.js`),
    workerFiles: [...WORKERS.keys()].map((name) => `${outdir}/${name}.js`),
    metafile,
  };
}
