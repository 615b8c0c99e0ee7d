import { isSendKey } from '../content/guard';
import { ownEvents } from '../editors/driver';
import type { SiteAdapter } from '../sites/adapter';
import type { PageApprovals } from '../content/page-approvals';

/**
 * Notes what the person puts in the page — pasted text, and the composer as it is when they send — so the
 * backstop can tell their personal data from the site's own (the signed-in account's email in every request).
 */
export function installEnteredText(adapter: SiteAdapter, approvals: PageApprovals): () => void {
  const readComposer = () => {
    const composer = adapter.findComposer();
    return composer ? adapter.read(composer) : undefined;
  };
  approvals.readComposerWith(readComposer);
  const snapshot = () => {
    const text = readComposer();
    if (text !== undefined) approvals.noteEntered(text);
  };
  const onPaste = (event: ClipboardEvent) => approvals.noteEntered(event.clipboardData?.getData('text/plain') ?? '');
  const onKeyDown = (event: KeyboardEvent) => {
    // A send from the composer is read, and noted, by the send guard: reading it here too cost a whole read.
    const guarded = isSendKey(event) && !ownEvents.active && adapter.composerInPath(event.composedPath()) !== null;
    if (event.key === 'Enter' && !guarded) snapshot();
  };
  window.addEventListener('paste', onPaste, true);
  window.addEventListener('keydown', onKeyDown, true);
  window.addEventListener('pointerdown', snapshot, true);
  return () => {
    window.removeEventListener('paste', onPaste, true);
    window.removeEventListener('keydown', onKeyDown, true);
    window.removeEventListener('pointerdown', snapshot, true);
  };
}
