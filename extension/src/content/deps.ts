import type { sendToBackground } from '../messages/send';
import type { Overlay } from '../overlay/overlay';
import type { SiteAdapter } from '../sites/adapter';
import type { ConversationTracker } from './conversation';
import type { Recognition } from './recognition';

/** What the page-side pieces share; passed in so tests can give them fakes. */
export interface ContentDeps {
  adapter: SiteAdapter;
  conversation: ConversationTracker;
  overlay: Overlay;
  send: typeof sendToBackground;
  /** Says, once per page, that the site's composer or send control cannot be seen. */
  recognition: Pick<Recognition, 'flag'>;
}
