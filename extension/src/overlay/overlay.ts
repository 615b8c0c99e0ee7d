import { OVERLAY_CSS } from './styles';

export type Tone = 'warn' | 'block' | 'hold' | 'error' | 'info';

export interface OverlayAction {
  id: string;
  label: string;
  primary?: boolean;
  /** Enabled only once the justification box has text. */
  needsJustification?: boolean;
}

export interface OverlayContent {
  tone: Tone;
  title: string;
  lines?: string[];
  findings?: Array<{ title: string; preview: string }>;
  /** Shows a justification box (for "send original"). */
  justification?: { label: string };
  /** A live line with a spinner (pending approvals). */
  pending?: string;
  actions: OverlayAction[];
}

export interface OverlayResult {
  action: string;
  justification: string;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function body(content: OverlayContent, panel: HTMLElement): void {
  panel.append(el('p', { class: 'brand' }, 'promptgate'), el('h2', {}, content.title));
  for (const line of content.lines ?? []) panel.append(el('p', {}, line));
  if (content.findings?.length) {
    const list = el('ul', { 'data-pg': 'findings' });
    for (const finding of content.findings) {
      const item = el('li');
      item.append(el('span', {}, finding.title), el('span', { class: 'preview' }, finding.preview));
      list.append(item);
    }
    panel.append(list);
  }
  if (content.pending) {
    const pending = el('p', { class: 'pending', 'data-pg': 'pending' });
    pending.append(el('span', { class: 'spinner' }), el('span', {}, content.pending));
    panel.append(pending);
  }
}

/**
 * The one modal promptgate shows on a page, in a shadow root attached to <html>. Text is set with
 * textContent only: finding titles and reasons come from policy and must not become markup.
 */
export class Overlay {
  private host: HTMLElement | null = null;
  private resolve: ((result: OverlayResult) => void) | null = null;

  show(content: OverlayContent): Promise<OverlayResult> {
    this.close();
    const host = el('promptgate-overlay' as 'div', { 'data-promptgate': 'overlay' });
    const shadow = host.attachShadow({ mode: 'open' });
    const style = el('style', {}, OVERLAY_CSS);
    const backdrop = el('div', { class: `backdrop ${content.tone}` });
    const panel = el('div', { class: 'panel', role: 'dialog', 'aria-modal': 'true', 'data-pg': 'panel', 'data-tone': content.tone });
    body(content, panel);
    let justification: HTMLTextAreaElement | undefined;
    if (content.justification) {
      const label = el('label', {}, content.justification.label);
      justification = el('textarea', { 'data-pg': 'justification' });
      label.append(justification);
      panel.append(label);
    }
    const actions = el('div', { class: 'actions' });
    const needing: HTMLButtonElement[] = [];
    for (const action of content.actions) {
      const button = el('button', { type: 'button', 'data-pg-action': action.id, ...(action.primary ? { class: 'primary' } : {}) }, action.label);
      if (action.needsJustification) {
        button.disabled = true;
        needing.push(button);
      }
      button.addEventListener('click', () => this.finish({ action: action.id, justification: justification?.value.trim() ?? '' }));
      actions.append(button);
    }
    justification?.addEventListener('input', () => needing.forEach((button) => (button.disabled = !justification!.value.trim())));
    panel.append(actions);
    backdrop.append(panel);
    shadow.append(style, backdrop);
    // Keys typed in the overlay belong to it, not to the site's shortcuts.
    backdrop.addEventListener('keydown', (event) => {
      event.stopPropagation();
      if (event.key === 'Escape') this.finish({ action: 'dismiss', justification: '' });
    });
    document.documentElement.append(host);
    this.host = host;
    (actions.querySelector<HTMLButtonElement>('button.primary') ?? actions.querySelector('button'))?.focus();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  /** Changes the live line of a pending overlay. */
  setPending(text: string): void {
    const line = this.host?.shadowRoot?.querySelector('[data-pg="pending"] span:last-child');
    if (line) line.textContent = text;
  }

  get open(): boolean {
    return this.host !== null;
  }

  close(): void {
    this.finish({ action: 'closed', justification: '' });
  }

  private finish(result: OverlayResult): void {
    this.host?.remove();
    this.host = null;
    const resolve = this.resolve;
    this.resolve = null;
    resolve?.(result);
  }
}
