import type { SiteDefinition } from './site';

export const chatgpt: SiteDefinition = {
  id: 'chatgpt',
  name: 'ChatGPT',
  matches: ['https://chatgpt.com/*', 'https://chat.openai.com/*'],
  editor: 'prosemirror',
  selectors: {
    composer: ['#prompt-textarea[contenteditable="true"]', 'div.ProseMirror[contenteditable="true"]', 'textarea#prompt-textarea'],
    sendButton: ['button[data-testid="send-button"]', '#composer-submit-button', 'button[aria-label*="Send" i]'],
    // While a reply streams, #composer-submit-button is the Stop button; with an empty composer the voice button stands there.
    notSend: ['[data-testid="stop-button"]', 'button[aria-label*="Stop" i]', '[data-testid="composer-speech-button"]'],
    replies: ['[data-message-author-role="assistant"]'],
  },
  conversationPath: /^\/c\/([\w-]+)/,
};
