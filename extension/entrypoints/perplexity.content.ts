import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from '../src/start-content-script';
import { perplexity } from '../src/sites/perplexity';

// document_start: our capture listeners must be registered before the site's own.
export default defineContentScript({
  matches: perplexity.matches,
  runAt: 'document_start',
  main: () => startContentScript(perplexity),
});
