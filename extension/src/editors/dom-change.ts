/**
 * Resolves when something under `root` changes (an attribute, a node, text) or after `ms`, whichever comes
 * first. Waiting for a site to catch up (its send button enabled, its editor holding our text) this way resumes
 * the moment it did, instead of at the next poll: polling every 10 ms added up to 10 ms to every send.
 */
export function nextChangeOrTimeout(root: Node, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => done());
    const timer = setTimeout(() => done(), ms);
    function done(): void {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    }
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}
