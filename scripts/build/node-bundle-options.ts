import type { BuildOptions } from 'esbuild';

/** Bundled ESM still meets CommonJS dependencies that call require(); give them one. */
const esmRequireBanner = "import { createRequire as __pgCreateRequire } from 'node:module';\nconst require = __pgCreateRequire(import.meta.url);";

/**
 * How every Node program of promptgate is bundled (the CLI, the org server): ESM, dependencies inlined
 * except native addons, which must load from node_modules.
 */
export function nodeBundleOptions(absWorkingDir: string): BuildOptions & { metafile: true } {
  return {
    absWorkingDir,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.js' },
    external: ['better-sqlite3'],
    banner: { js: esmRequireBanner },
    sourcemap: 'linked',
    legalComments: 'none',
    // Smaller source parses faster, and parsing is a good part of a command's start-up; stack traces map back
    // through the source maps (node --enable-source-maps).
    minify: true,
    logLevel: 'warning',
    metafile: true,
  };
}
