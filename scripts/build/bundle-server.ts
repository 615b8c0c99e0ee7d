// Bundles `promptgate-server` into server/dist: what its bin runs. The admin UI's static files go next to
// the bundle, where the UI handler looks for them (`./assets/` beside the module that serves them).
import { cp } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build, type Metafile, type Plugin } from 'esbuild';
import { bundleAdminScript } from '../../server/src/ui/admin-script';
import { nodeBundleOptions } from './node-bundle-options';

const serverDir = fileURLToPath(new URL('../../server/', import.meta.url));

export const SERVER_OUTDIR = `${serverDir}dist`;

export interface ServerBundle {
  readonly entryFile: string;
  readonly metafile: Metafile;
}

/** The built server serves the admin script bundled now, so it needs neither the TypeScript nor esbuild at run time. */
function prebuiltAdminScriptPlugin(): Plugin {
  return {
    name: 'promptgate-prebuilt-admin-script',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /[\\/]ui[\\/]admin-script\.ts$/ }, async () => ({
        loader: 'ts',
        contents: `const script = Promise.resolve(Buffer.from(${JSON.stringify(await bundleAdminScript())}));
export function adminScript(): Promise<Buffer> {
  return script;
}
`,
      }));
    },
  };
}

export async function bundleServer(outdir = SERVER_OUTDIR): Promise<ServerBundle> {
  const result = await build({
    ...nodeBundleOptions(serverDir),
    entryPoints: { main: `${serverDir}src/main.ts` },
    outdir,
    plugins: [prebuiltAdminScriptPlugin()],
  });
  // The page's static files; its TypeScript is in the bundle above.
  await cp(`${serverDir}src/ui/assets`, `${outdir}/assets`, { recursive: true, filter: (source) => !source.endsWith('.ts') });
  return { entryFile: `${outdir}/main.js`, metafile: result.metafile };
}
