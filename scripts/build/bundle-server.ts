// Bundles `promptgate-server` into server/dist: what its bin runs. The admin UI's static files go next to
// the bundle, where the UI handler looks for them (`./assets/` beside the module that serves them).
import { cp } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { nodeBundleOptions } from './node-bundle-options';

const serverDir = fileURLToPath(new URL('../../server/', import.meta.url));

export const SERVER_OUTDIR = `${serverDir}dist`;

export interface ServerBundle {
  readonly entryFile: string;
  readonly metafile: Metafile;
}

export async function bundleServer(outdir = SERVER_OUTDIR): Promise<ServerBundle> {
  const result = await build({
    ...nodeBundleOptions(serverDir),
    entryPoints: { main: `${serverDir}src/main.ts` },
    outdir,
  });
  await cp(`${serverDir}src/ui/assets`, `${outdir}/assets`, { recursive: true });
  return { entryFile: `${outdir}/main.js`, metafile: result.metafile };
}
