import { cornerStack } from './corner';
import { closeButton } from './shadow-host';

let current: { box: HTMLElement; list: HTMLElement } | null = null;

/**
 * The page's one note that promptgate cannot see part of it. First in promptgate's corner stack, which keeps
 * the composer and its send button free; a status, not an alert: it tells, it does not interrupt. Each
 * missing part adds a line.
 */
export function showUnrecognisedNotice(part: string): void {
  if (!current?.box.isConnected) {
    const box = document.createElement('div');
    box.className = 'notice warn';
    box.setAttribute('role', 'status');
    box.setAttribute('aria-live', 'polite');
    box.setAttribute('data-pg', 'unrecognised');
    const close = closeButton('Close this promptgate notice', () => box.remove());
    const list = document.createElement('div');
    const help = document.createElement('p');
    help.textContent = 'This site changed its layout. promptgate still checks what you send from here before it goes out, so sending may ask you first. Your IT team is told.';
    box.append(close, list, help);
    cornerStack().prepend(box);
    current = { box, list };
  }
  const line = document.createElement('strong');
  line.textContent = `promptgate cannot see this page\u2019s ${part}`;
  current.list.append(line);
}
