import type { SiteDefinition } from './site';

export const copilot: SiteDefinition = {
  id: 'copilot',
  name: 'Microsoft Copilot',
  matches: ['https://copilot.microsoft.com/*'],
  editor: 'textarea',
  selectors: {
    composer: ['textarea#userInput', 'textarea[data-testid="composer-input"]', 'textarea'],
    sendButton: ['button[data-testid="submit-button"]', 'button[aria-label*="Submit" i]', 'button[title*="Submit" i]'],
    replies: ['[data-content="ai-message"]', '[class*="ai-message"]'],
  },
  conversationPath: /^\/chats\/([\w-]+)/,
};
