import type { WorkerEntry } from '../../threads/worker-script';

const fromSource = import.meta.url.endsWith('.ts');

/**
 * The detection worker next to this module: `detect-worker.ts` from source, and from a bundle the
 * `detect-worker.js` the build writes beside every bundle of the gateway (they share one folder).
 */
export function detectWorkerEntry(): WorkerEntry {
  return { url: new URL(fromSource ? './detect-worker.ts' : './detect-worker.js', import.meta.url) };
}
