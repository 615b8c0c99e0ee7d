// Bundles the Electron entry points for packaging: `npm run build:electron` at the repository root.
// main.mjs is ESM (Electron's main process loads it as a module); preload.cjs is CommonJS because
// sandboxed preloads cannot be modules. Everything is inlined except Electron itself and native addons.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { prebuiltUiPlugin } from '../../build/prebuilt-ui-plugin';

const electronDir = fileURLToPath(new URL('..', import.meta.url));
const desktopDir = fileURLToPath(new URL('../../..', import.meta.url));
const uiDir = fileURLToPath(new URL('../../ui/', import.meta.url));

/**
 * Never bundled: Electron itself (provided at runtime), and packages with native code that must be
 * loaded from node_modules (better-sqlite3; esbuild, should anything still import it once the UI is prebuilt).
 */
export const bundleExternals = ['electron', 'better-sqlite3', 'esbuild'];

/** Bundled ESM still meets CommonJS dependencies that call require(); give them one. */
const esmRequireBanner = "import { createRequire as __pgCreateRequire } from 'node:module';\nconst require = __pgCreateRequire(import.meta.url);";

export interface BundleResult {
  readonly mainFile: string;
  readonly preloadFile: string;
  readonly metafile: Metafile;
}

export async function bundleElectron(outdir = `${desktopDir}dist-electron`): Promise<BundleResult> {
  const shared: BuildOptions = {
    bundle: true,
    platform: 'node',
    external: bundleExternals,
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: desktopDir,
  };
  const mainFile = `${outdir}/main.mjs`;
  const preloadFile = `${outdir}/preload.cjs`;
  const [main, , preload] = await Promise.all([
    build({
      ...shared,
      entryPoints: [`${electronDir}main.ts`],
      outfile: mainFile,
      metafile: true,
      format: 'esm',
      target: 'node22',
      banner: { js: esmRequireBanner },
      plugins: [prebuiltUiPlugin(uiDir)],
    }),
    // The gateway starts its worker threads from these files, beside main.mjs.
    build({
      ...shared,
      entryPoints: { 'detect-worker': `${electronDir}../gateway/inspect-pool/detect-worker.ts`, 'session-log-worker': `${electronDir}../log/session-log-worker.ts` },
      outdir,
      format: 'esm',
      target: 'node22',
      banner: { js: esmRequireBanner },
    }),
    build({
      ...shared,
      entryPoints: [`${electronDir}preload.ts`],
      outfile: preloadFile,
      metafile: true,
      format: 'cjs',
      target: 'chrome130',
    }),
  ]);
  const metafile: Metafile = {
    inputs: { ...main.metafile.inputs, ...preload.metafile.inputs },
    outputs: { ...main.metafile.outputs, ...preload.metafile.outputs },
  };
  return { mainFile, preloadFile, metafile };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { mainFile, preloadFile } = await bundleElectron();
  console.log(`Bundled ${mainFile}\n        ${preloadFile}`);
}
