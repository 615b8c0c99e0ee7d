import type { EditorKind } from '../editors/index';

/**
 * Everything promptgate knows about one chat site, as data. Each selector list is tried in order, so when a
 * site renames something the fix is one more line at the front of a list.
 */
export interface SiteDefinition {
  id: string;
  name: string;
  /** Content script match patterns. */
  matches: string[];
  editor: EditorKind;
  selectors: {
    composer: string[];
    sendButton: string[];
    /**
     * Controls that share the send slot or look like it and must work untouched, checked before `sendButton`
     * (ChatGPT's Stop takes the send button's place and id while a reply streams).
     */
    notSend?: string[];
    /** Containers of the assistant's replies, where placeholders are restored. */
    replies: string[];
  };
  /** The site's own conversation id in a URL path, when it has one yet. */
  conversationPath?: RegExp;
}
