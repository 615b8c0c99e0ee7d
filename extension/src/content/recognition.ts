import type { SiteControl } from '@promptgate/shared';
import { showUnrecognisedNotice } from '../overlay/notice';
import type { sendToBackground } from '../messages/send';
import type { SiteAdapter } from '../sites/adapter';
import { visibleEditable } from './unmapped';

const PART_NAMES: Record<SiteControl, string> = { composer: 'composer', 'send-button': 'send button' };
/** Sites render their composer after load; a first look this late is a fair verdict, later ones follow typing. */
const FIRST_LOOKS_MS = [1500, 5000];
const SETTLE_MS = 400;

/**
 * Notices when the site's markup no longer matches its adapter, and says so once per page and control: a
 * notice on the page, the tab marked degraded in the popup, and a `site_unrecognised` event at the gateway
 * (the background and the gateway keep repeats out of the log).
 */
export class Recognition {
  private readonly flagged = new Set<SiteControl>();

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly send: typeof sendToBackground,
    private readonly notify: (part: string) => void = showUnrecognisedNotice,
  ) {}

  /** What the page is missing right now. The send control is judged only when there is text to send and nothing else (Stop) holds its place. */
  missing(): SiteControl[] {
    const composer = this.adapter.findComposer();
    if (!composer) return visibleEditable() ? ['composer'] : [];
    if (this.adapter.findSendButton() || this.adapter.sendSlotOccupied()) return [];
    // Read last: a long prompt is the costly part, and an empty composer may leave the send control away.
    return this.adapter.read(composer).trim() ? ['send-button'] : [];
  }

  check(): void {
    for (const control of this.missing()) this.flag(control);
  }

  flag(control: SiteControl): void {
    if (this.flagged.has(control)) return;
    this.flagged.add(control);
    this.notify(PART_NAMES[control]);
    const selectors = control === 'composer' ? this.adapter.site.selectors.composer : this.adapter.site.selectors.sendButton;
    // Telling the gateway is best effort: the notice and the guard do not depend on it.
    this.send('siteUnrecognised', { control, selectors }).catch(() => undefined);
  }

  /** Looks after load and whenever the person types or moves into a field. */
  install(): () => void {
    let settle: ReturnType<typeof setTimeout> | undefined;
    const soon = () => {
      clearTimeout(settle);
      settle = setTimeout(() => this.check(), SETTLE_MS);
    };
    const timers = FIRST_LOOKS_MS.map((ms) => setTimeout(() => this.check(), ms));
    window.addEventListener('input', soon, true);
    window.addEventListener('focusin', soon, true);
    return () => {
      timers.forEach(clearTimeout);
      clearTimeout(settle);
      window.removeEventListener('input', soon, true);
      window.removeEventListener('focusin', soon, true);
    };
  }
}
