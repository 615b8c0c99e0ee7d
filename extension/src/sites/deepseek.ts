import type { SiteDefinition } from './site';

// DeepSeek's send control is a div with role=button, not a <button>.
export const deepseek: SiteDefinition = {
  id: 'deepseek',
  name: 'DeepSeek',
  matches: ['https://chat.deepseek.com/*'],
  editor: 'textarea',
  selectors: {
    composer: ['textarea#chat-input', 'textarea[placeholder]', 'textarea'],
    sendButton: ['div[role="button"].ds-button--primary', '[role="button"][aria-label*="Send" i]', 'div[role="button"][aria-disabled]'],
    replies: ['.ds-markdown', '[class*="markdown"]'],
  },
  conversationPath: /^\/a\/chat\/s\/([\w-]+)/,
};
