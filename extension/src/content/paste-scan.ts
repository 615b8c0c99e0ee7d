import { ownEvents } from '../editors/driver';
import { showToast } from '../overlay/toast';
import type { ContentDeps } from './deps';

const WHAT_HAPPENS: Record<string, string> = {
  redact: 'They will be replaced by placeholders when you send.',
  warn: 'You will be asked before this is sent.',
  hold: 'Sending this will need an approver\u2019s OK.',
  block: 'This cannot be sent; remove it before sending.',
};

/**
 * Looks at pasted text as it arrives and says what it contains, before the person even presses Enter. The
 * paste itself goes through untouched: the check that counts happens on send.
 */
export function installPasteScan(deps: ContentDeps): () => void {
  const onPaste = (event: ClipboardEvent) => {
    if (ownEvents.active) return;
    if (!deps.adapter.composerInPath(event.composedPath())) return;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!text.trim()) return;
    const url = location.href;
    void deps
      .send('inspect', { url, conversationId: deps.conversation.current(url), segments: [{ id: 'paste', kind: 'paste', text }] })
      .then((outcome) => {
        if (outcome.kind === 'unavailable' || outcome.response.findings.length === 0) return;
        const { response } = outcome;
        const found = response.findings.map((f) => `${f.title}: ${f.preview}`);
        showToast(response.verdict === 'block' ? 'block' : 'warn', 'Pasted text contains sensitive data', [...found, WHAT_HAPPENS[response.verdict] ?? '']);
      })
      .catch(() => undefined);
  };
  window.addEventListener('paste', onPaste, true);
  return () => window.removeEventListener('paste', onPaste, true);
}
