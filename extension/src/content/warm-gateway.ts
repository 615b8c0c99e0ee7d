import { ownEvents } from '../editors/driver';
import type { ContentDeps } from './deps';

/**
 * Under the gateway's keep-alive (5 s) and the browser's idle limit for the background (30 s): while the
 * person types in the composer, the background and its connection to the gateway stay up, so the Enter that
 * follows does not wait for a background to start or a connection to open.
 */
const WARM_EVERY_MS = 4_000;

export function installWarmGateway(deps: Pick<ContentDeps, 'adapter' | 'send'>): () => void {
  let last = Number.NEGATIVE_INFINITY;
  const onInput = (event: Event) => {
    if (ownEvents.active) return; // our own rewrite, right before the send that asks anyway
    const now = performance.now();
    if (now - last < WARM_EVERY_MS || !deps.adapter.composerInPath(event.composedPath())) return;
    last = now;
    // Only a head start: a failure here changes nothing, the send asks again and says what went wrong.
    deps.send('warm', {}).catch(() => undefined);
  };
  window.addEventListener('input', onInput, true);
  return () => window.removeEventListener('input', onInput, true);
}
