import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { UiAsset } from './ui-api/static';

const UI_DIR = fileURLToPath(new URL('../ui/', import.meta.url));

/**
 * The local UI's files: `index.html` and `app.css` as they are, `app.js` bundled from `ui/app.ts` on first
 * request (esbuild takes a few tens of milliseconds), then kept for the life of the gateway.
 */
export function createUiAssetLoader(): () => Promise<Map<string, UiAsset>> {
  let assets: Promise<Map<string, UiAsset>> | undefined;
  return () => {
    assets ??= loadUiAssets().catch((error: unknown) => {
      assets = undefined;
      throw error;
    });
    return assets;
  };
}

async function loadUiAssets(): Promise<Map<string, UiAsset>> {
  const bundle = await build({
    entryPoints: [`${UI_DIR}app.ts`],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    logLevel: 'silent',
  });
  const [html, css] = await Promise.all([readFile(`${UI_DIR}index.html`), readFile(`${UI_DIR}app.css`)]);
  return new Map<string, UiAsset>([
    ['index.html', { body: html, contentType: 'text/html; charset=utf-8' }],
    ['app.css', { body: css, contentType: 'text/css; charset=utf-8' }],
    ['app.js', { body: Buffer.from(bundle.outputFiles[0]!.contents), contentType: 'text/javascript; charset=utf-8' }],
  ]);
}
