import { pageApprovals } from './page-approvals';
import { ownEvents } from '../editors/driver';
import type { InspectOutcome } from '../messages/protocol';
import type { OverlayContent } from '../overlay/overlay';
import type { ContentDeps } from './deps';
import { runPlan } from './run-plan';
import { planFor } from './plan';
import { installWarmGateway } from './warm-gateway';
import { buttonInPath, editableInPath, nearComposer, visibleEditable } from './unmapped';

/** Enter sends on every supported site; Shift+Enter is a newline, and Enter during IME composition picks a word. */
export function isSendKey(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229;
}

const CANNOT_SEE_COMPOSER: OverlayContent = {
  tone: 'error',
  title: 'Not sent: promptgate cannot see this page\u2019s composer',
  lines: [
    'This site changed its layout, and promptgate cannot read what this button would send, so it stopped it.',
    'Your IT team is told. Until this is fixed, use another supported chat site, or ask IT.',
  ],
  actions: [{ id: 'ok', label: 'OK', primary: true }],
};

function stop(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/**
 * Catches the two ways a prompt leaves — Enter in the composer and a click on the send button — in the capture
 * phase on window, before any of the site's handlers, and lets it go only as the gateway's verdict says.
 *
 * When the site's markup drifted and a selector no longer matches, the guard does not step aside: Enter in
 * any text box while the site's composer is unrecognised, and a click on a button beside the composer while
 * its send control is unrecognised, are checked like a send (the box is read as it is, the click is repeated
 * once the verdict allows it). A false match costs one check; a missed one would send the raw text.
 */
export function installSendGuard(deps: ContentDeps): () => void {
  let busy = false;
  /** The text box the person last used, for when the site's composer selectors find nothing. */
  let lastEditable: HTMLElement | null = null;

  async function check(composer: HTMLElement, sendVia?: HTMLElement): Promise<void> {
    busy = true;
    try {
      const text = deps.adapter.read(composer);
      const url = location.href;
      const conversationId = deps.conversation.current(url);
      let outcome: InspectOutcome;
      try {
        const asked = text.trim() ? deps.send('inspect', { url, conversationId, segments: [{ id: 'prompt', kind: 'prompt', text }] }) : undefined;
        // While the gateway checks: this one read of the composer is also what the person entered, for the backstop.
        pageApprovals.noteEntered(text);
        outcome = asked ? await asked : { kind: 'gateway', response: emptyAllow() };
      } catch {
        // The background itself failed (extension reloaded): nothing may go out unchecked.
        outcome = { kind: 'unavailable', reason: 'gateway-error' };
      }
      if (!outcome || typeof outcome !== 'object' || !('kind' in outcome)) outcome = { kind: 'unavailable', reason: 'gateway-error' };
      await runPlan(deps, composer, planFor(outcome, text), sendVia);
    } finally {
      busy = false;
    }
  }

  function guard(event: Event, composer: HTMLElement, sendVia?: HTMLElement): void {
    stop(event);
    if (!busy && !deps.overlay.open) void check(composer, sendVia);
  }

  /** The composer to check when the site's selectors find none: the box the person used, or one on the page. */
  function unrecognisedComposer(): HTMLElement | null {
    const found = lastEditable?.isConnected ? lastEditable : visibleEditable();
    if (found) deps.recognition.flag('composer');
    return found;
  }

  const onFocusIn = (event: FocusEvent) => {
    const editable = editableInPath(event.composedPath());
    if (editable) lastEditable = editable;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (ownEvents.active || !isSendKey(event)) return;
    const path = event.composedPath();
    const composer = deps.adapter.composerInPath(path);
    if (composer) return guard(event, composer);
    // Another box on a page whose composer is known (a search field, an edit box) is not ours to guard.
    if (deps.adapter.findComposer()) return;
    const editable = editableInPath(path);
    if (!editable) return;
    lastEditable = editable;
    deps.recognition.flag('composer');
    guard(event, editable);
  };
  const onClick = (event: MouseEvent) => {
    if (ownEvents.active) return;
    const path = event.composedPath();
    if (deps.adapter.notSendInPath(path)) return;
    if (deps.adapter.sendButtonInPath(path)) {
      const composer = deps.adapter.findComposer() ?? unrecognisedComposer();
      if (composer) return guard(event, composer);
      // A send with no text box anywhere to read: what it would send cannot be checked, so it does not go.
      stop(event);
      deps.recognition.flag('composer');
      if (!deps.overlay.open) void deps.overlay.show(CANNOT_SEE_COMPOSER);
      return;
    }
    // Send is there, or Stop holds its place while a reply streams: any other button is the site's own.
    if (deps.adapter.findSendButton() || deps.adapter.sendSlotOccupied()) return;
    const control = buttonInPath(path);
    const composer = control && (deps.adapter.findComposer() ?? unrecognisedComposer());
    // Nothing typed, nothing to leak: toggles and attach buttons beside an empty composer work at once.
    if (!control || !composer || !nearComposer(control, composer) || !deps.adapter.read(composer).trim()) return;
    deps.recognition.flag('send-button');
    guard(event, composer, control);
  };
  window.addEventListener('focusin', onFocusIn, true);
  window.addEventListener('keydown', onKeyDown, true);
  window.addEventListener('click', onClick, true);
  const stopWarming = installWarmGateway(deps);
  return () => {
    stopWarming();
    window.removeEventListener('focusin', onFocusIn, true);
    window.removeEventListener('keydown', onKeyDown, true);
    window.removeEventListener('click', onClick, true);
  };
}

/** An empty composer has nothing to check; the site decides what sending nothing means. */
function emptyAllow() {
  return {
    eventId: '',
    verdict: 'allow' as const,
    segments: [],
    findings: [],
    reasons: [],
    policy: { name: '', version: 0, source: '', failMode: 'closed' as const, restoreResponses: true },
  };
}
