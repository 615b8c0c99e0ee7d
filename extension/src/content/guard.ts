import { ownEvents } from '../editors/driver';
import type { InspectOutcome } from '../messages/protocol';
import type { ContentDeps } from './deps';
import { runPlan } from './run-plan';
import { planFor } from './plan';

/** Enter sends on every supported site; Shift+Enter is a newline, and Enter during IME composition picks a word. */
export function isSendKey(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229;
}

function stop(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/**
 * Catches the two ways a prompt leaves — Enter in the composer and a click on the send button — in the capture
 * phase on window, before any of the site's handlers, and lets it go only as the gateway's verdict says.
 */
export function installSendGuard(deps: ContentDeps): () => void {
  let busy = false;

  async function check(composer: HTMLElement): Promise<void> {
    busy = true;
    try {
      const text = deps.adapter.read(composer);
      const url = location.href;
      const conversationId = deps.conversation.current(url);
      let outcome: InspectOutcome;
      try {
        outcome = text.trim() ? await deps.send('inspect', { url, conversationId, segments: [{ id: 'prompt', kind: 'prompt', text }] }) : { kind: 'gateway', response: emptyAllow() };
      } catch {
        // The background itself failed (extension reloaded): nothing may go out unchecked.
        outcome = { kind: 'unavailable', reason: 'gateway-error' };
      }
      if (!outcome || typeof outcome !== 'object' || !('kind' in outcome)) outcome = { kind: 'unavailable', reason: 'gateway-error' };
      await runPlan(deps, composer, planFor(outcome, text));
    } finally {
      busy = false;
    }
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (ownEvents.active || !isSendKey(event)) return;
    const composer = deps.adapter.composerInPath(event.composedPath());
    if (!composer) return;
    stop(event);
    if (!busy && !deps.overlay.open) void check(composer);
  };
  const onClick = (event: MouseEvent) => {
    if (ownEvents.active) return;
    if (!deps.adapter.sendButtonInPath(event.composedPath())) return;
    const composer = deps.adapter.findComposer();
    if (!composer) return;
    stop(event);
    if (!busy && !deps.overlay.open) void check(composer);
  };
  window.addEventListener('keydown', onKeyDown, true);
  window.addEventListener('click', onClick, true);
  return () => {
    window.removeEventListener('keydown', onKeyDown, true);
    window.removeEventListener('click', onClick, true);
  };
}

/** An empty composer has nothing to check; the site decides what sending nothing means. */
function emptyAllow() {
  return { eventId: '', verdict: 'allow' as const, segments: [], findings: [], reasons: [], policy: { name: '', version: 0, source: '', failMode: 'closed' as const, restoreResponses: true } };
}
