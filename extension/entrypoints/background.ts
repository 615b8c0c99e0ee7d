import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handlers } from '../src/background/handlers';
import { pairFromManagedCode } from '../src/background/managed-pairing';
import { forgetTab } from '../src/background/tab-counts';
import { forgetTabHealth, pageLoading } from '../src/background/tab-health';
import { dispatchMessage } from '../src/messages/handle';
import { forgetSettings } from '../src/settings/effective';

export default defineBackground(() => {
  // Chrome does not take a returned promise as the answer: answer through sendResponse and keep the channel open.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const url = sender.url ?? sender.tab?.url;
    const answer = dispatchMessage(handlers, message, { ...(sender.tab?.id === undefined ? {} : { tabId: sender.tab.id }), ...(url ? { url } : {}) });
    if (!answer) return false;
    answer.then(sendResponse, (error: unknown) => sendResponse({ error: String(error) }));
    return true;
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'local' || area === 'managed') forgetSettings();
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
    void forgetTabHealth(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void pageLoading(tabId);
  });
  void pairFromManagedCode();
});
