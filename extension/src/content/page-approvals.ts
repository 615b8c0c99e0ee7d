/** How much approved and entered text a page keeps; the oldest is forgotten first. */
const MAX_KEPT_CHARS = 8 * 1024 * 1024;

class TextLog {
  private texts: string[] = [];
  private exact = new Set<string>();
  private chars = 0;

  add(text: string): void {
    if (!text || this.exact.has(text)) return;
    this.texts.push(text);
    this.exact.add(text);
    this.chars += text.length;
    while (this.chars > MAX_KEPT_CHARS && this.texts.length > 1) {
      const old = this.texts.shift()!;
      this.exact.delete(old);
      this.chars -= old.length;
    }
  }

  has(text: string): boolean {
    return this.exact.has(text);
  }

  /** Whether a value occurs in any kept text; looked up only for findings, so the scan is rare. */
  contains(value: string): boolean {
    return this.texts.some((text) => text.includes(value));
  }
}

/**
 * What this page's person already went through the gate with (the prompts promptgate sent, as sent, and the
 * files it attached), and what they put in the page (pastes, files). Lives only in the isolated world: the
 * page can neither read nor add to it.
 */
export class PageApprovals {
  private readonly approved = new TextLog();
  private readonly entered = new TextLog();
  /** Reads the composer as it is now; set once the page's composer is known (`installEnteredText`). */
  private readComposer: (() => string | undefined) | undefined;

  /** Text the gate let through: its values, placeholders or allowed originals, may leave the page. */
  approve(text: string): void {
    this.approved.add(text);
  }

  /** Text the person put in the page (a paste, a file): personal data in it is theirs, not the site's. */
  noteEntered(text: string): void {
    this.entered.add(text);
  }

  isApprovedText(text: string): boolean {
    return this.approved.has(text);
  }

  isApprovedValue(value: string): boolean {
    return this.approved.contains(value);
  }

  wasEntered(value: string): boolean {
    return this.entered.contains(value);
  }

  readComposerWith(read: () => string | undefined): void {
    this.readComposer = read;
  }

  /**
   * Notes the composer as it is now. What the person types is noted when they send, but a page script may send
   * the draft before that (an autosave, a send of its own): the backstop reads the composer when it meets
   * personal data it cannot place. False when there is no composer to read.
   */
  noteComposerNow(): boolean {
    const text = this.readComposer?.();
    if (!text) return false;
    this.entered.add(text);
    return true;
  }
}

/** One per page, shared by the send guard, the file guard and the backstop. */
export const pageApprovals = new PageApprovals();
