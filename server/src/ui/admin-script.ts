import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ENTRY = fileURLToPath(new URL('./assets/admin.ts', import.meta.url));

/** The admin page's one script (assets/admin.ts and what it imports), as the browser loads it. */
export async function bundleAdminScript(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const js = result.outputFiles[0]?.text;
  if (js === undefined) throw new Error('The admin UI bundle produced no output');
  return js;
}

let script: Promise<Buffer> | undefined;

/**
 * Run from source (tests, development), the server bundles the admin script on its first request and keeps it.
 * The built server has neither the sources nor esbuild: its bundle swaps this module for one holding the script
 * built ahead (scripts/build/bundle-server.ts), with the same export.
 */
export function adminScript(): Promise<Buffer> {
  script ??= bundleAdminScript().then(
    (js) => Buffer.from(js),
    (error: unknown) => {
      script = undefined;
      throw error;
    },
  );
  return script;
}
