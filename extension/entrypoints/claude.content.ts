import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from '../src/start-content-script';
import { claude } from '../src/sites/claude';

// document_start: our capture listeners must be registered before the site's own.
export default defineContentScript({
  matches: claude.matches,
  runAt: 'document_start',
  main: () => startContentScript(claude),
});
