import { defineContentScript } from 'wxt/utils/define-content-script';
import { attachDetachedFileInputs } from '../src/backstop/detached-inputs';
import { MainGate } from '../src/backstop/main-gate';
import { wrapNetwork } from '../src/backstop/wrap-network';
import { SITES } from '../src/sites';

// The page's own world, at document_start: the wrappers and the channel id exist before any site script runs.
export default defineContentScript({
  matches: SITES.flatMap((site) => site.matches),
  world: 'MAIN',
  runAt: 'document_start',
  globalName: false,
  // Firefox's Manifest V2 build cannot run a content script in the page's world: there it would wrap nothing.
  exclude: ['firefox'],
  main() {
    wrapNetwork(new MainGate());
    attachDetachedFileInputs();
  },
});
