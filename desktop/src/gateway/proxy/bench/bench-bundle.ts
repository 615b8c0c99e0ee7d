/**
 * The promptgate side of the bench as production runs it: built JavaScript, bundled the way `npm run build`
 * bundles the CLI, not TypeScript compiled on load (Portkey runs its built JavaScript too). Not minified, so a
 * `--profile` names its functions. Written under desktop/dist, where `better-sqlite3` resolves.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { build } from 'esbuild';
import { nodeBundleOptions } from '../../../../../scripts/build/node-bundle-options';
import { prebuiltUiPlugin } from '../../../build/prebuilt-ui-plugin';

const ownDesktopDir = new URL('../../../../', import.meta.url).pathname;

export interface BuiltGateway {
  /** The bundled `promptgate-process.ts`. */
  entry: string;
  remove(): Promise<void>;
}

/** This checkout's gateway, or (`desktopDir`, ending in `/`) another checkout's, for a before/after in one run. */
export async function bundlePromptgate(desktopDir = ownDesktopDir): Promise<BuiltGateway> {
  await mkdir(`${desktopDir}dist`, { recursive: true });
  const outdir = await mkdtemp(`${desktopDir}dist/proxy-bench-`);
  await build({
    ...nodeBundleOptions(desktopDir),
    minify: false,
    sourcemap: false,
    outdir,
    // The worker threads start from files beside the bundle, as in the built CLI.
    entryPoints: {
      'promptgate-process': `${desktopDir}src/gateway/proxy/bench/promptgate-process.ts`,
      'detect-worker': `${desktopDir}src/gateway/inspect-pool/detect-worker.ts`,
      ...(existsSync(`${desktopDir}src/log/session-log-worker.ts`) ? { 'session-log-worker': `${desktopDir}src/log/session-log-worker.ts` } : {}),
    },
    plugins: [prebuiltUiPlugin(`${desktopDir}src/ui/`)],
  });
  return { entry: `${outdir}/promptgate-process.js`, remove: () => rm(outdir, { recursive: true, force: true }) };
}
