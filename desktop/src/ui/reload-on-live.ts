import type { StreamEvent } from './types';
import type { ViewContext } from './view';

/**
 * Reloads a view's data when the live stream reports a change it cares about, batched: a burst of prompts
 * becomes one fetch after `delayMs` of quiet. Stops when the view is left. `load` shows its own errors in the
 * view (nothing here could), so its promise is not awaited.
 */
export function reloadOnLive(context: ViewContext, load: () => Promise<void>, delayMs: number, relevant: (event: StreamEvent) => boolean = () => true): void {
  let pending: number | undefined;
  context.onDispose(
    context.live.subscribe((event) => {
      if (!relevant(event)) return;
      window.clearTimeout(pending);
      pending = window.setTimeout(() => void load(), delayMs);
    }),
  );
  context.onDispose(() => window.clearTimeout(pending));
}
