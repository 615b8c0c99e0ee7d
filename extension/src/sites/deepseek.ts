import type { SiteDefinition } from './site';

// DeepSeek's send control is a div with role=button, not a <button>. So are the DeepThink and Search toggles and
// the icon buttons (attach, copy), all with aria-disabled: a selector on role and aria-disabled alone catches them.
export const deepseek: SiteDefinition = {
  id: 'deepseek',
  name: 'DeepSeek',
  matches: ['https://chat.deepseek.com/*'],
  editor: 'textarea',
  selectors: {
    // No bare `textarea`: it would take any other box on the page for the composer, and an unrecognised one is checked anyway.
    composer: ['textarea#chat-input', 'textarea[placeholder]'],
    sendButton: ['div[role="button"].ds-button--primary', '[role="button"][aria-label*="Send" i]'],
    notSend: ['.ds-toggle-button'],
    replies: ['.ds-markdown', '[class*="markdown"]'],
  },
  conversationPath: /^\/a\/chat\/s\/([\w-]+)/,
};
