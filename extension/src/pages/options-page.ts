import type { Request, Response, TabStatus } from '../messages/protocol';
import type { EffectiveSettings } from '../settings/effective';
import { renderStatus } from './popup-view';

export interface OptionsPageDeps {
  settings(): Promise<EffectiveSettings>;
  status(): Promise<TabStatus>;
  pair(request: Request<'pair'>): Promise<Response<'pair'>>;
}

function element<T extends HTMLElement>(doc: Document, id: string, type: abstract new () => T): T {
  const node = doc.getElementById(id);
  if (!(node instanceof type)) throw new Error(`the options page has no #${id}`);
  return node;
}

/**
 * The options page: pairing with the gateway. Its fields stay disabled until the stored settings are in,
 * and a later reload (after pairing) fills only a field the person has not typed in since, so what they
 * typed is never replaced under their hands. Resolves once the first load is done.
 */
export async function startOptionsPage(doc: Document, deps: OptionsPageDeps): Promise<void> {
  const form = element(doc, 'pair', HTMLFormElement);
  const url = element(doc, 'gateway-url', HTMLInputElement);
  const code = element(doc, 'code', HTMLInputElement);
  const submit = element(doc, 'pair-button', HTMLButtonElement);
  const message = element(doc, 'message', HTMLElement);
  const locked = element(doc, 'locked', HTMLElement);
  // The value the page last wrote: a field still holding it is untouched by the person.
  let written: string | undefined;

  const say = (text: string, kind: 'ok' | 'error' | '' = '') => {
    message.textContent = text;
    message.className = `message ${kind}`.trim();
  };

  async function load(): Promise<void> {
    let settings: EffectiveSettings;
    try {
      settings = await deps.settings();
    } catch (error) {
      // Without the stored settings the form would pair against a guess: it stays as it is and says why.
      say(`promptgate could not read its settings: ${String(error)}`, 'error');
      return;
    }
    // A managed URL is not the person's to change: it is shown whatever was in the field.
    if (settings.locked || written === undefined || url.value === written) url.value = written = settings.gatewayUrl;
    url.readOnly = settings.locked;
    locked.hidden = !settings.locked;
    for (const field of [url, code, submit]) field.disabled = false;
    // The status asks the gateway (seconds when it is away): the form is usable before it answers.
    void deps.status().then(
      (status) => renderStatus(doc, status),
      () => undefined,
    );
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    say('Pairing…');
    void deps.pair({ code: code.value, gatewayUrl: url.value }).then(
      (answer) => {
        if (answer.ok) {
          say('Paired. promptgate on this computer now checks prompts on supported sites.', 'ok');
          code.value = '';
          written = url.value;
        } else say(answer.message, 'error');
        return load();
      },
      (error: unknown) => say(`Pairing failed: ${String(error)}`, 'error'),
    );
  });

  await load();
}
