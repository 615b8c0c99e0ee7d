import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { build, type Plugin } from 'esbuild';

/**
 * Run from source (tests, development), the gateway builds its local UI from desktop/src/ui on first request
 * (gateway/ui-assets.ts), which needs the TypeScript sources and esbuild next to it. A built CLI or packaged
 * app has neither, so its bundle swaps that module for one holding the same files, built now. Same export,
 * same asset names and content types.
 */
export function prebuiltUiPlugin(uiDir: string): Plugin {
  return {
    name: 'promptgate-prebuilt-ui',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /[\\/]gateway[\\/]ui-assets\.ts$/ }, async ({ path }) => {
        const [app, html, css] = await Promise.all([
          build({
            entryPoints: [`${uiDir}app.ts`],
            bundle: true,
            write: false,
            format: 'esm',
            target: 'es2022',
            minify: true,
            logLevel: 'silent',
          }),
          readFile(`${uiDir}index.html`, 'utf8'),
          readFile(`${uiDir}app.css`, 'utf8'),
        ]);
        const js = app.outputFiles[0]?.text;
        if (js === undefined) throw new Error('The UI bundle produced no output');
        const asset = (body: string, contentType: string) => `{ body: Buffer.from(${JSON.stringify(body)}), contentType: ${JSON.stringify(contentType)} }`;
        return {
          loader: 'ts',
          resolveDir: dirname(path),
          contents: `import type { UiAsset } from './ui-api/static';
const assets = new Map<string, UiAsset>([
  ['index.html', ${asset(html, 'text/html; charset=utf-8')}],
  ['app.css', ${asset(css, 'text/css; charset=utf-8')}],
  ['app.js', ${asset(js, 'text/javascript; charset=utf-8')}],
]);
export function createUiAssetLoader(): () => Promise<Map<string, UiAsset>> {
  return () => Promise.resolve(assets);
}
`,
        };
      });
    },
  };
}
