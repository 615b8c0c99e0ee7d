import { sendToBackground } from '../../src/messages/send';
import { startOptionsPage } from '../../src/pages/options-page';
import { effectiveSettings } from '../../src/settings/effective';

await startOptionsPage(document, {
  settings: effectiveSettings,
  status: () => sendToBackground('status', {}),
  pair: (request) => sendToBackground('pair', request),
});
