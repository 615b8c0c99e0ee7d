import { browser } from 'wxt/browser';
import { sendToBackground } from '../../src/messages/send';
import { renderStatus } from '../../src/pages/popup-view';

const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
const status = await sendToBackground('status', tab?.id === undefined ? {} : { tabId: tab.id });
renderStatus(document, status);
document.getElementById('options')?.addEventListener('click', (event) => {
  event.preventDefault();
  void browser.runtime.openOptionsPage();
});
