import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from '../src/start-content-script';
import { mistral } from '../src/sites/mistral';

// document_start: our capture listeners must be registered before the site's own.
export default defineContentScript({
  matches: mistral.matches,
  runAt: 'document_start',
  main: () => startContentScript(mistral),
});
