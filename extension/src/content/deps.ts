import type { sendToBackground } from '../messages/send';
import type { Overlay } from '../overlay/overlay';
import type { SiteAdapter } from '../sites/adapter';
import type { ConversationTracker } from './conversation';

/** What the page-side pieces share; passed in so tests can give them fakes. */
export interface ContentDeps {
  adapter: SiteAdapter;
  conversation: ConversationTracker;
  overlay: Overlay;
  send: typeof sendToBackground;
}
