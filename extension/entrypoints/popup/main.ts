import { browser } from 'wxt/browser';
import { sendToBackground } from '../../src/messages/send';
import { openLocalUi } from '../../src/pages/open-local-ui';
import { renderStatus } from '../../src/pages/popup-view';

// `?tab=ID` opens the popup as a page about another tab (how the end-to-end tests look at it).
const forced = Number(new URLSearchParams(location.search).get('tab'));
const message = document.getElementById('ui-message') as HTMLElement;

document.getElementById('ui')?.addEventListener('click', () => {
  void openLocalUi({
    askForLink: () => sendToBackground('uiLink', {}),
    openTab: (url) => browser.tabs.create({ url }),
    show: (text) => (message.textContent = text),
  }).then((opened) => {
    // A real popup closes once its tab is open; opened as a page (`?tab=`), it stays to be looked at.
    if (opened && !forced) window.close();
  });
});
document.getElementById('options')?.addEventListener('click', () => {
  void browser.runtime.openOptionsPage();
});

const [tab] = forced ? [{ id: forced }] : await browser.tabs.query({ active: true, currentWindow: true });
renderStatus(document, await sendToBackground('status', tab?.id === undefined ? {} : { tabId: tab.id }));
