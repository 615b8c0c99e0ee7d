import { nextChangeOrTimeout } from '../editors/dom-change';
import { driverFor } from '../editors/index';
import type { SiteDefinition } from './site';

/** The first element matching any of the selectors, in the order given (earlier selectors are preferred). */
export function queryFirst(root: ParentNode, selectors: readonly string[]): HTMLElement | null {
  for (const selector of selectors) {
    const found = root.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

/** The innermost element of an event path matching any selector; `composedPath()` reaches into shadow roots. */
export function inPath(path: readonly EventTarget[], selectors: readonly string[]): HTMLElement | null {
  for (const target of path) {
    if (target instanceof HTMLElement && selectors.some((selector) => target.matches(selector))) return target;
  }
  return null;
}

/** The behaviour every site shares, driven by one site's data. */
export class SiteAdapter {
  constructor(readonly site: SiteDefinition) {}

  findComposer(root: ParentNode = document): HTMLElement | null {
    return queryFirst(root, this.site.selectors.composer);
  }

  composerInPath(path: readonly EventTarget[]): HTMLElement | null {
    return inPath(path, this.site.selectors.composer);
  }

  /** The send control an event went through, unless it went through a control that only shares its slot (Stop). */
  sendButtonInPath(path: readonly EventTarget[]): HTMLElement | null {
    if (this.notSendInPath(path)) return null;
    return inPath(path, this.site.selectors.sendButton);
  }

  notSendInPath(path: readonly EventTarget[]): HTMLElement | null {
    return inPath(path, this.site.selectors.notSend ?? []);
  }

  /** The send control as it stands now; null while its slot holds something else (Stop while a reply streams). */
  findSendButton(root: ParentNode = document): HTMLElement | null {
    const notSend = this.site.selectors.notSend ?? [];
    for (const selector of this.site.selectors.sendButton) {
      const found = Array.from(root.querySelectorAll<HTMLElement>(selector)).find((element) => !notSend.some((other) => element.matches(other)));
      if (found) return found;
    }
    return null;
  }

  /** Something stands in the send slot that is not send (Stop, voice): the send control is not missing, only away. */
  sendSlotOccupied(root: ParentNode = document): boolean {
    return queryFirst(root, this.site.selectors.notSend ?? []) !== null;
  }

  read(composer: HTMLElement): string {
    return driverFor(this.site.editor, composer).read(composer);
  }

  /** Writes the text and checks it landed exactly (as the editor stores text); false means do not send. */
  async write(composer: HTMLElement, text: string): Promise<boolean> {
    const driver = driverFor(this.site.editor, composer);
    await driver.write(composer, text);
    for (let attempt = 0; attempt < 5; attempt++) {
      if (driver.normalize(driver.read(composer)) === driver.normalize(text)) return true;
      await nextChangeOrTimeout(composer, 10);
    }
    return false;
  }

  replies(root: ParentNode = document): HTMLElement[] {
    return this.site.selectors.replies.flatMap((selector) => Array.from(root.querySelectorAll<HTMLElement>(selector)));
  }

  isReply(element: Element): boolean {
    return this.site.selectors.replies.some((selector) => element.closest(selector) !== null);
  }

  conversationIdFromUrl(url: string): string | undefined {
    const path = new URL(url).pathname;
    return this.site.conversationPath?.exec(path)?.[1];
  }
}
