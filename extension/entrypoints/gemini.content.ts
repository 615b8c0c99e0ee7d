import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from '../src/start-content-script';
import { gemini } from '../src/sites/gemini';

// document_start: our capture listeners must be registered before the site's own.
export default defineContentScript({
  matches: gemini.matches,
  runAt: 'document_start',
  main: () => startContentScript(gemini),
});
