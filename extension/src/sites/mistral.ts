import type { SiteDefinition } from './site';

// Le Chat moved from a textarea to a ProseMirror (tiptap) composer; the textarea stays as a fallback.
export const mistral: SiteDefinition = {
  id: 'mistral',
  name: 'Mistral Le Chat',
  matches: ['https://chat.mistral.ai/*'],
  editor: 'prosemirror',
  selectors: {
    composer: ['div.ProseMirror[contenteditable="true"]', 'textarea[name="message.text"]', 'textarea'],
    sendButton: ['button[aria-label="Send question"]', 'button[type="submit"]', 'button[aria-label*="Send" i]'],
    replies: ['[data-message-author-role="assistant"]', '[data-message-part-type="answer"]', '.prose'],
  },
  conversationPath: /^\/chat\/([\w-]+)/,
};
