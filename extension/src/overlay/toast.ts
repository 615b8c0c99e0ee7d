import { cornerStack } from './corner';
import type { Tone } from './overlay';
import { closeButton } from './shadow-host';

/** Older toasts give way, so the stack stays small enough to fit beside the composer. */
const MAX_TOASTS = 3;
/** The message region is in the page before its words, so screen readers announce it as a change. */
const ANNOUNCE_AFTER_MS = 100;

/**
 * A non-blocking note (e.g. what a paste contained), announced politely, gone after a while or when closed.
 * It waits while the pointer or focus is on it, so it can be read and closed at the person's pace.
 */
export function showToast(tone: Tone, title: string, lines: string[], timeoutMs = 10_000): HTMLElement {
  const corner = cornerStack();
  const toast = document.createElement('div');
  toast.className = `toast ${tone}`;
  toast.setAttribute('data-pg', 'toast');
  const message = document.createElement('div');
  message.setAttribute('role', 'status');
  message.setAttribute('aria-live', 'polite');
  message.setAttribute('aria-atomic', 'true');
  toast.append(
    closeButton('Close this promptgate message', () => toast.remove()),
    message,
  );
  corner.append(toast);
  for (const old of [...corner.querySelectorAll('[data-pg="toast"]')].slice(0, -MAX_TOASTS)) old.remove();
  setTimeout(() => {
    const heading = document.createElement('strong');
    heading.textContent = title;
    message.append(heading);
    for (const line of lines) {
      const p = document.createElement('p');
      p.textContent = line;
      message.append(p);
    }
  }, ANNOUNCE_AFTER_MS);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const start = () => (timer = setTimeout(() => toast.remove(), timeoutMs));
  const pause = () => clearTimeout(timer);
  toast.addEventListener('mouseenter', pause);
  toast.addEventListener('focusin', pause);
  toast.addEventListener('mouseleave', start);
  toast.addEventListener('focusout', start);
  start();
  return toast;
}
