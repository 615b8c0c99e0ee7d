import { closeButton, mountShadowHost } from './shadow-host';
import type { Tone } from './overlay';

let area: HTMLElement | null = null;

function toastArea(): HTMLElement {
  if (area?.isConnected) return area;
  const { shadow } = mountShadowHost('promptgate-toasts', 'toasts');
  area = document.createElement('div');
  area.className = 'toast-area';
  shadow.append(area);
  return area;
}

/** A non-blocking note (e.g. what a paste contained), gone after a while or when closed. */
export function showToast(tone: Tone, title: string, lines: string[], timeoutMs = 10_000): HTMLElement {
  const toast = document.createElement('div');
  toast.className = `toast ${tone}`;
  toast.setAttribute('data-pg', 'toast');
  const close = closeButton('Close', () => toast.remove());
  const heading = document.createElement('strong');
  heading.textContent = title;
  toast.append(close, heading);
  for (const line of lines) {
    const p = document.createElement('p');
    p.textContent = line;
    toast.append(p);
  }
  toastArea().append(toast);
  setTimeout(() => toast.remove(), timeoutMs);
  return toast;
}
