import { browser } from 'wxt/browser';
import { sendToBackground } from '../../src/messages/send';
import { renderStatus } from '../../src/pages/popup-view';

// `?tab=ID` opens the popup as a page about another tab (how the end-to-end tests look at it).
const forced = Number(new URLSearchParams(location.search).get('tab'));
const [tab] = forced ? [{ id: forced }] : await browser.tabs.query({ active: true, currentWindow: true });
const status = await sendToBackground('status', tab?.id === undefined ? {} : { tabId: tab.id });
renderStatus(document, status);
document.getElementById('options')?.addEventListener('click', (event) => {
  event.preventDefault();
  void browser.runtime.openOptionsPage();
});
