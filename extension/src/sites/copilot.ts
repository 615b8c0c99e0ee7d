import type { SiteDefinition } from './site';

// copilot.microsoft.com: the composer box (data-testid="composer") holds the textarea, attach ("Open"), the
// chat-mode button and submit; "Talk to Copilot" stands in the submit slot while the box is empty, and submit
// becomes Stop (data-testid="stop-button") while a reply streams. Fallbacks stay inside the composer box, and
// there is no bare textarea: an unrecognised box is checked anyway.
export const copilot: SiteDefinition = {
  id: 'copilot',
  name: 'Microsoft Copilot',
  matches: ['https://copilot.microsoft.com/*'],
  editor: 'textarea',
  selectors: {
    composer: ['textarea#userInput', 'textarea[data-testid="composer-input"]'],
    sendButton: ['button[data-testid="submit-button"]', '[data-testid="composer"] button[aria-label*="Submit" i]', '[data-testid="composer"] button[title*="Submit" i]'],
    notSend: ['[data-testid="stop-button"]', 'button[aria-label*="Stop" i]'],
    replies: ['[data-content="ai-message"]', '[class*="ai-message"]'],
  },
  conversationPath: /^\/chats\/([\w-]+)/,
};
