import { pageApprovals } from './content/page-approvals';
import { installEnteredText } from './backstop/entered-text';
import { installBackstopGate } from './backstop/isolated-gate';
import { sendToBackground } from './messages/send';
import { composerArea, keepNotesClearOf } from './overlay/corner';
import { Overlay } from './overlay/overlay';
import { SiteAdapter } from './sites/adapter';
import type { SiteDefinition } from './sites/site';
import { ConversationTracker } from './content/conversation';
import type { ContentDeps } from './content/deps';
import { installFileGuard } from './content/file-guard';
import { installSendGuard } from './content/guard';
import { installPasteScan } from './content/paste-scan';
import { Recognition } from './content/recognition';
import { startReplyRestorer } from './content/reply-restorer';

/** Everything a site's content script does, wired for one site's data. */
export function startContentScript(site: SiteDefinition): void {
  const adapter = new SiteAdapter(site);
  const recognition = new Recognition(adapter, sendToBackground);
  const deps: ContentDeps = {
    adapter,
    conversation: new ConversationTracker((url) => adapter.conversationIdFromUrl(url)),
    overlay: new Overlay(),
    send: sendToBackground,
    recognition,
  };
  // The backstop answers the page's network calls from the start; the composer guard is the better experience on top.
  installBackstopGate(deps, pageApprovals);
  installEnteredText(adapter, pageApprovals);
  recognition.install();
  // Toasts and the notice never cover the site's send button, nor the composer and its controls when a corner is free of both.
  keepNotesClearOf(() => [adapter.findSendButton(), composerArea(adapter.findComposer())]);
  installSendGuard(deps);
  installPasteScan(deps);
  installFileGuard(deps);
  startReplyRestorer(deps);
}
