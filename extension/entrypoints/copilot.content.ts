import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from '../src/start-content-script';
import { copilot } from '../src/sites/copilot';

// document_start: our capture listeners must be registered before the site's own.
export default defineContentScript({
  matches: copilot.matches,
  runAt: 'document_start',
  main: () => startContentScript(copilot),
});
