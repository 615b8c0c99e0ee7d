import type { ConversationTracker } from './conversation';

/**
 * Tells the tracker when the person, not the site, changes the page's URL: a click on a link (the sidebar's
 * chats, "New chat") or the history buttons. The site naming a new chat after its first prompt does neither.
 */
export function watchPersonNavigation(tracker: Pick<ConversationTracker, 'notePersonNavigating'>): () => void {
  const onClick = (event: MouseEvent) => {
    if (event.composedPath().some((target) => target instanceof HTMLAnchorElement && target.hasAttribute('href'))) tracker.notePersonNavigating();
  };
  const onPopState = () => tracker.notePersonNavigating();
  window.addEventListener('click', onClick, true);
  window.addEventListener('popstate', onPopState);
  return () => {
    window.removeEventListener('click', onClick, true);
    window.removeEventListener('popstate', onPopState);
  };
}
