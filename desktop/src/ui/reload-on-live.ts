import type { StreamEvent } from './types';
import type { ViewContext } from './view';

/**
 * Reloads a view's data when the live stream reports a change it cares about, batched: a burst of prompts
 * becomes one fetch after `delayMs` of quiet. Stops when the view is left.
 */
export function reloadOnLive(context: ViewContext, load: () => void, delayMs: number, relevant: (event: StreamEvent) => boolean = () => true): void {
  let pending: number | undefined;
  context.onDispose(
    context.live.subscribe((event) => {
      if (!relevant(event)) return;
      window.clearTimeout(pending);
      pending = window.setTimeout(load, delayMs);
    }),
  );
  context.onDispose(() => window.clearTimeout(pending));
}
