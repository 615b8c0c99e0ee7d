import { deepActiveElement, nextInCycle, tabbable } from './focus';
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
  /** Text shown as it will leave (e.g. the prompt with placeholders), under its own heading. */
  preview?: { label: string; text: string };
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
  panel.append(el('p', { class: 'brand', id: 'pg-brand' }, 'promptgate'), el('h2', { id: 'pg-title' }, content.title));
  if (content.lines?.length) {
    const lines = el('div', { id: 'pg-description' });
    for (const line of content.lines) lines.append(el('p', {}, line));
    panel.append(lines);
    panel.setAttribute('aria-describedby', 'pg-description');
  }
  if (content.findings?.length) {
    const list = el('ul', { 'data-pg': 'findings', 'aria-label': 'What promptgate found' });
    for (const finding of content.findings) {
      const item = el('li');
      item.append(el('span', {}, finding.title), el('span', { class: 'preview' }, finding.preview));
      list.append(item);
    }
    panel.append(list);
  }
  if (content.preview) {
    const section = el('section', { class: 'sent-preview', 'aria-labelledby': 'pg-preview-label' });
    // Focusable so a keyboard can scroll a long prompt; named so a screen reader says what it is.
    section.append(
      el('h3', { id: 'pg-preview-label' }, content.preview.label),
      el('pre', { tabindex: '0', 'data-pg': 'sent-preview', 'aria-labelledby': 'pg-preview-label' }, content.preview.text),
    );
    panel.append(section);
  }
  if (content.pending) {
    const pending = el('p', { class: 'pending', 'data-pg': 'pending' });
    pending.append(el('span', { class: 'spinner', 'aria-hidden': 'true' }), el('span', {}, content.pending));
    panel.append(pending);
  }
}

/**
 * The one modal promptgate shows on a page, in a shadow root attached to <html>. Text is set with
 * textContent only: finding titles and reasons come from policy and must not become markup.
 *
 * It behaves as a modal dialog should: named by its title, focus moves in and Tab stays inside, Escape
 * closes it wherever focus went, and focus goes back where it was. Only this tab waits: it is page content,
 * not a browser dialog.
 */
export class Overlay {
  private host: HTMLElement | null = null;
  private resolve: ((result: OverlayResult) => void) | null = null;
  private returnFocus: Element | null = null;
  private unlisten: (() => void) | null = null;

  show(content: OverlayContent): Promise<OverlayResult> {
    // One overlay following another (a hold, then its answer) returns focus to where the first one found it.
    const returnFocus = this.host ? this.returnFocus : deepActiveElement();
    this.finish({ action: 'closed', justification: '' }, false);
    this.returnFocus = returnFocus;
    const host = el('promptgate-overlay' as 'div', { 'data-promptgate': 'overlay' });
    const shadow = host.attachShadow({ mode: 'open' });
    const style = el('style', {}, OVERLAY_CSS);
    const backdrop = el('div', { class: `backdrop ${content.tone}` });
    const panel = el('div', {
      class: 'panel',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'pg-brand pg-title',
      tabindex: '-1',
      'data-pg': 'panel',
      'data-tone': content.tone,
    });
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
    justification?.addEventListener('input', () => needing.forEach((button) => (button.disabled = !justification.value.trim())));
    panel.append(actions);
    backdrop.append(panel);
    shadow.append(style, backdrop);
    // Keys typed in the overlay belong to it, not to the site's shortcuts.
    backdrop.addEventListener('keydown', (event) => event.stopPropagation());
    document.documentElement.append(host);
    this.host = host;
    this.unlisten = this.trap(host, panel);
    (actions.querySelector<HTMLButtonElement>('button.primary:not(:disabled)') ?? tabbable(panel)[0] ?? panel).focus();
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

  /**
   * Escape and Tab are the dialog's while it is open, wherever focus is (the site may have taken it): they
   * are caught on window before the site's own handlers. Focus that lands outside is brought back.
   */
  private trap(host: HTMLElement, panel: HTMLElement): () => void {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || (event.key !== 'Escape' && event.key !== 'Tab')) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (event.key === 'Escape') return this.finish({ action: 'dismiss', justification: '' });
      const next = nextInCycle(tabbable(panel), host.shadowRoot!.activeElement, event.shiftKey);
      (next ?? panel).focus();
    };
    // A site that refocuses its own box whenever it loses focus would fight back forever: give in after a few.
    let pulls = 0;
    const onFocusIn = (event: FocusEvent) => {
      if (event.target === host || pulls >= 3) return;
      if (pulls++ === 0) requestAnimationFrame(() => (pulls = 0));
      (tabbable(panel)[0] ?? panel).focus();
    };
    window.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('focusin', onFocusIn, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('focusin', onFocusIn, true);
    };
  }

  private finish(result: OverlayResult, restoreFocus = true): void {
    this.unlisten?.();
    this.unlisten = null;
    // Focus the person moved elsewhere stays there; focus in the dialog, or lost with it, goes back.
    const active = document.activeElement;
    const hadFocus = active === null || active === document.body || active === this.host;
    this.host?.remove();
    this.host = null;
    const back = this.returnFocus;
    this.returnFocus = null;
    if (restoreFocus && hadFocus && back instanceof HTMLElement && back.isConnected && back !== document.body) back.focus({ preventScroll: true });
    const resolve = this.resolve;
    this.resolve = null;
    resolve?.(result);
  }
}
