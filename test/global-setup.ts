// Runs once before the suites: some tests start the real `promptgate` and `promptgate-server` bins, which
// run the built JavaScript, so it is rebuilt from the sources under test (a few seconds; the extension is
// built by the browser suites that need it, only when stale).
import { buildAll } from '../scripts/build/main';

export default async function setup(): Promise<void> {
  await buildAll({ extension: false });
}
