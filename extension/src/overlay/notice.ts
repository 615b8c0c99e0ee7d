import { closeButton, mountShadowHost } from './shadow-host';

const NOTICE_CSS = `
.notice { position: fixed; top: 12px; right: 12px; z-index: 2147483646; max-width: 320px; box-sizing: border-box; background: #fff; color: #0f172a;
  border-left: 5px solid #b45309; border-radius: 10px; box-shadow: 0 6px 18px rgba(0,0,0,.2); padding: 10px 12px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.notice strong { display: block; margin-right: 20px; }
`;

let current: { host: HTMLElement; list: HTMLElement } | null = null;

/**
 * The page's one note that promptgate cannot see part of it. At the top of the page, away from the composer
 * and its send button; a status, not an alert: it tells, it does not interrupt. Each missing part adds a line.
 */
export function showUnrecognisedNotice(part: string): void {
  if (!current?.host.isConnected) {
    const { host, shadow } = mountShadowHost('promptgate-notice', 'notice', NOTICE_CSS);
    const box = document.createElement('div');
    box.className = 'notice';
    box.setAttribute('role', 'status');
    box.setAttribute('aria-live', 'polite');
    box.setAttribute('data-pg', 'unrecognised');
    const close = closeButton('Close this promptgate notice', () => host.remove());
    const list = document.createElement('div');
    const help = document.createElement('p');
    help.textContent = 'This site changed its layout. promptgate still checks what you send from here before it goes out, so sending may ask you first. Your IT team is told.';
    box.append(close, list, help);
    shadow.append(box);
    current = { host, list };
  }
  const line = document.createElement('strong');
  line.textContent = `promptgate cannot see this page\u2019s ${part}`;
  current.list.append(line);
}
