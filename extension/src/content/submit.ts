import { dispatchOwn, ownEvents } from '../editors/driver';
import { nextChangeOrTimeout } from '../editors/dom-change';
import { pageApprovals } from './page-approvals';
import type { SiteAdapter } from '../sites/adapter';

function disabled(button: HTMLElement): boolean {
  return (button instanceof HTMLButtonElement && button.disabled) || button.getAttribute('aria-disabled') === 'true';
}

/**
 * Sends what is in the composer the way the person would have: a click on the site's send button (or on
 * `sendVia`, what they clicked), or Enter when there is none. Sites enable their button only after their state caught up, so we wait briefly for it.
 */
export async function submitComposer(adapter: SiteAdapter, composer: HTMLElement, sendVia?: HTMLElement): Promise<void> {
  // Every send the gate allowed ends here: what the site now sends out of it passes the network backstop.
  pageApprovals.approve(adapter.read(composer));
  for (let waited = 0; waited < 1000; waited += 10) {
    // The control the person clicked when the site's send control is not recognised: the same click, checked.
    const button = sendVia?.isConnected ? sendVia : adapter.findSendButton();
    if (button && !disabled(button)) {
      ownEvents.active = true;
      try {
        button.click();
      } finally {
        ownEvents.active = false;
      }
      return;
    }
    if (!button) break;
    // The site enables its button when its state has caught up: a DOM change, looked for at once.
    await nextChangeOrTimeout(button.parentElement ?? document.body, 10);
  }
  composer.focus();
  dispatchOwn(composer, new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true }));
}
