import type { SiteDefinition } from './site';

// Le Chat moved from a textarea to a ProseMirror (tiptap) composer inside a form; the named textarea stays as a
// fallback. Its Think, Web search and attach controls are type=button in the same form; while a reply streams,
// the form's submit button is Stop. So a fallback is the submit button of the composer's own form, never any
// submit button or any "Send…" label on the page, and never a bare textarea.
export const mistral: SiteDefinition = {
  id: 'mistral',
  name: 'Mistral Le Chat',
  matches: ['https://chat.mistral.ai/*'],
  editor: 'prosemirror',
  selectors: {
    composer: ['div.ProseMirror[contenteditable="true"]', 'textarea[name="message.text"]'],
    sendButton: [
      'button[aria-label="Send question"]',
      'form:has(div.ProseMirror[contenteditable="true"]) button[type="submit"]',
      'form:has(textarea[name="message.text"]) button[type="submit"]',
    ],
    notSend: ['button[aria-label*="Stop" i]', '[data-testid*="stop" i]'],
    replies: ['[data-message-author-role="assistant"]', '[data-message-part-type="answer"]', '.prose'],
  },
  conversationPath: /^\/chat\/([\w-]+)/,
};
