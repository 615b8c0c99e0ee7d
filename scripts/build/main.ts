// `npm run build`: the built JavaScript that production runs. `npm install` runs it (prepare), `npm start`
// runs it before starting, and the test suites run it once before they start (test/global-setup.ts).
//   --no-extension   bundles the CLI and the server only (a few seconds), for callers that do not need the extension
import { pathToFileURL } from 'node:url';
import { bundleCli } from './bundle-cli';
import { bundleServer } from './bundle-server';
import { buildExtensionIfStale } from './extension';

export interface BuildChoices {
  readonly extension: boolean;
}

export async function buildAll(choices: BuildChoices, report: (line: string) => void = () => {}): Promise<void> {
  const [cli, server] = await Promise.all([bundleCli(), bundleServer()]);
  report(`built ${cli.entryFile}\nbuilt ${server.entryFile}`);
  if (choices.extension) report(buildExtensionIfStale() ? 'built the extension (extension/.output/chrome-mv3)' : 'the extension is up to date');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const quiet = process.argv.includes('--quiet');
  await buildAll({ extension: !process.argv.includes('--no-extension') }, quiet ? undefined : (line) => console.log(line));
}
