import { sendToBackground } from '../../src/messages/send';
import { effectiveSettings } from '../../src/settings/effective';
import { renderStatus } from '../../src/pages/popup-view';

const form = document.getElementById('pair') as HTMLFormElement;
const url = document.getElementById('gateway-url') as HTMLInputElement;
const code = document.getElementById('code') as HTMLInputElement;
const message = document.getElementById('message') as HTMLElement;

async function refresh(): Promise<void> {
  const settings = await effectiveSettings();
  url.value = settings.gatewayUrl;
  url.readOnly = settings.locked;
  (document.getElementById('locked') as HTMLElement).hidden = !settings.locked;
  renderStatus(document, await sendToBackground('status', {}));
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  message.textContent = 'Pairing…';
  message.className = 'message';
  void sendToBackground('pair', { code: code.value, gatewayUrl: url.value }).then(async (answer) => {
    message.textContent = answer.ok ? 'Paired. Prompts on supported sites are now checked by this gateway.' : answer.message;
    message.className = `message ${answer.ok ? 'ok' : 'error'}`;
    if (answer.ok) code.value = '';
    await refresh();
  });
});

await refresh();
