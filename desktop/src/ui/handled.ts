/**
 * A listener for async work that shows its own outcome, failures included, in the view. The DOM drops a
 * listener's promise; this one reports a rejection nobody expected like any uncaught error rather than losing it.
 */
export function handled<E extends Event>(work: (event: E) => Promise<void>): (event: E) => void {
  return (event) => {
    work(event).catch((error: unknown) => window.reportError(error));
  };
}
