import type { SiteDefinition } from './site';

export const perplexity: SiteDefinition = {
  id: 'perplexity',
  name: 'Perplexity',
  matches: ['https://www.perplexity.ai/*', 'https://perplexity.ai/*'],
  editor: 'lexical',
  selectors: {
    composer: ['#ask-input[contenteditable="true"]', 'div[contenteditable="true"][data-lexical-editor="true"]', 'textarea[placeholder]'],
    sendButton: ['button[data-testid="submit-button"]', 'button[aria-label="Submit"]', 'button[aria-label*="Submit" i]'],
    replies: ['[id^="markdown-content"]', '.prose'],
  },
  conversationPath: /^\/search\/([\w.-]+)/,
};
