import type { SiteDefinition } from './site';

export const gemini: SiteDefinition = {
  id: 'gemini',
  name: 'Gemini',
  matches: ['https://gemini.google.com/*'],
  editor: 'quill',
  selectors: {
    composer: ['rich-textarea .ql-editor[contenteditable="true"]', '.ql-editor[contenteditable="true"]'],
    sendButton: ['button.send-button', 'button[aria-label*="Send" i]'],
    replies: ['message-content', 'model-response', '.model-response-text'],
  },
  conversationPath: /^\/app\/([\w-]+)/,
};
