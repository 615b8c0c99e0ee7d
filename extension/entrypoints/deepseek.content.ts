import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from '../src/start-content-script';
import { deepseek } from '../src/sites/deepseek';

// document_start: our capture listeners must be registered before the site's own.
export default defineContentScript({
  matches: deepseek.matches,
  runAt: 'document_start',
  main: () => startContentScript(deepseek),
});
