import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from '../src/start-content-script';
import { chatgpt } from '../src/sites/chatgpt';

// document_start: our capture listeners must be registered before the site's own.
export default defineContentScript({
  matches: chatgpt.matches,
  runAt: 'document_start',
  main: () => startContentScript(chatgpt),
});
