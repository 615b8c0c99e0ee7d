import type { SiteDefinition } from './site';

export const claude: SiteDefinition = {
  id: 'claude',
  name: 'Claude',
  matches: ['https://claude.ai/*'],
  editor: 'prosemirror',
  selectors: {
    composer: ['div.ProseMirror[contenteditable="true"]', '[contenteditable="true"][aria-label*="prompt" i]'],
    sendButton: ['button[aria-label="Send message"]', 'button[aria-label*="Send" i]'],
    replies: ['.font-claude-response', '.font-claude-message', '[data-is-streaming]'],
  },
  conversationPath: /^\/chat\/([\w-]+)/,
};
