import type { ChangeBus, ChangeTopic } from './change-bus';

/**
 * Publishes `topic` at once, then at most once per `windowMs`: a change that lands while a window is open is told
 * when it closes. For a topic whose listeners only need to know "something new was stored" (the SIEM forwarder
 * reads everything after its cursor), so a busy ingest does not send a notification, and wake every replica's
 * listening connection, for each batch. Nothing is lost: the last change of a burst is always told.
 */
export function coalescedPublisher(bus: ChangeBus, topic: ChangeTopic, windowMs: number, onError: (error: unknown) => void): { announce: () => void; close: () => void } {
  let window: NodeJS.Timeout | undefined;
  let pending = false;
  const publish = () => void bus.publish(topic).catch(onError);
  const windowEnds = () => {
    window = undefined;
    if (!pending) return;
    pending = false;
    publish();
    open();
  };
  const open = () => {
    window = setTimeout(windowEnds, windowMs);
    window.unref();
  };
  return {
    announce: () => {
      if (window) {
        pending = true;
        return;
      }
      publish();
      open();
    },
    // At shutdown, before the database closes: a change still waiting for its window is not told (listeners read
    // from their own cursors when they next run), rather than told on a closed pool.
    close: () => {
      clearTimeout(window);
      window = undefined;
      pending = false;
    },
  };
}
