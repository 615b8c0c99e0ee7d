import type { SiteDefinition } from './site';

export const chatgpt: SiteDefinition = {
  id: 'chatgpt',
  name: 'ChatGPT',
  matches: ['https://chatgpt.com/*', 'https://chat.openai.com/*'],
  editor: 'prosemirror',
  selectors: {
    composer: ['#prompt-textarea[contenteditable="true"]', 'div.ProseMirror[contenteditable="true"]', 'textarea#prompt-textarea'],
    sendButton: ['button[data-testid="send-button"]', '#composer-submit-button', 'button[aria-label*="Send" i]'],
    replies: ['[data-message-author-role="assistant"]'],
  },
  conversationPath: /^\/c\/([\w-]+)/,
};
