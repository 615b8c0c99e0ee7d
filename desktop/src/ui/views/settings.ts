import { ApiError } from '../api';
import { errorBox, loading } from '../components/empty-state';
import { pageHeader } from '../components/page';
import { desktopBridge } from '../desktop';
import { h, replace } from '../dom';
import { ago, duration, fullTime } from '../format';
import { icon, type IconName } from '../icons';
import type { Overview, TokenRow } from '../types';
import type { View, ViewContext } from '../view';
import { describeFailMode, describePolicySource } from './policy-text';

const KIND_LABEL: Record<TokenRow['kind'], string> = { extension: 'Browser extension', sdk: 'SDK client' };

/** Pairing, tokens, provider keys, organisation and fail mode: how this gateway is connected. */
export function settingsView(context: ViewContext): View {
  const element = h(
    'div',
    { class: 'page', 'data-view': 'settings' },
    pageHeader('Settings', 'Connect the browser extension and SDK clients, and see how this gateway is set up.'),
    h('div', { class: 'settings-grid' }, pairingSection(context), tokensSection(context), providerKeysSection(), policySection(context)),
  );
  return { title: 'Settings', element };
}

function section(iconName: IconName, title: string, intro: string, ...children: Array<Node | null>): HTMLElement {
  return h('section', { class: 'card settings-section' }, h('header', { class: 'section-head' }, h('span', { class: 'section-icon' }, icon(iconName)), h('div', null, h('h2', { class: 'card-title' }, title), h('p', { class: 'muted' }, intro))), children);
}

function pairingSection(context: ViewContext): HTMLElement {
  const area = h('div', { class: 'pairing' });
  const button = h('button', { class: 'button button-primary', type: 'button', 'data-testid': 'pair-button' }, 'Show a pairing code');
  let expiresAt = 0;
  let codeTimer: HTMLElement | undefined;

  const show = async (trigger: HTMLButtonElement) => {
    trigger.disabled = true;
    try {
      const { code, expiresAt: expiry } = await context.api.pairingCode();
      expiresAt = expiry;
      codeTimer = h('span', { class: 'pairing-expiry', 'data-testid': 'pairing-expiry' });
      const again = h('button', { class: 'button button-small', type: 'button' }, 'New code');
      again.addEventListener('click', () => show(again));
      replace(area, h('div', { class: 'pairing-code', 'data-testid': 'pairing-code', 'aria-label': `Pairing code ${code.split('').join(' ')}` }, code), h('div', { class: 'pairing-side' }, codeTimer, again));
      button.hidden = true;
      tick();
    } catch (error) {
      replace(area, errorBox(error));
    } finally {
      trigger.disabled = false;
    }
  };
  button.addEventListener('click', () => show(button));
  const tick = () => {
    if (!codeTimer) return;
    const left = expiresAt - Date.now();
    codeTimer.textContent = left > 0 ? `Expires in ${duration(left)}` : 'This code has expired. Get a new one.';
    codeTimer.classList.toggle('is-expired', left <= 0);
    area.classList.toggle('is-expired', left <= 0);
  };
  context.every(1000, tick);

  return section(
    'link',
    'Pair the browser extension',
    'The extension needs a token to ask this gateway about prompts. A pairing code gets it one without copying secrets around.',
    h('ol', { class: 'steps' }, h('li', null, 'Open the promptgate extension’s options page.'), h('li', null, 'Click the button below and type the code there.'), h('li', null, 'The extension appears under Access tokens.')),
    h('div', { class: 'pairing-row' }, button, area),
  );
}

function tokensSection(context: ViewContext): HTMLElement {
  const table = h('div', null, loading());
  const reveal = h('div', { 'aria-live': 'polite' });
  const kind = h('select', { class: 'input', name: 'kind', 'aria-label': 'Kind' }, h('option', { value: 'sdk' }, KIND_LABEL.sdk), h('option', { value: 'extension' }, KIND_LABEL.extension));
  const name = h('input', { class: 'input', name: 'name', placeholder: 'Name, e.g. laptop-scripts', maxlength: 100, autocomplete: 'off', 'aria-label': 'Token name', required: true });
  const message = h('div', { class: 'form-message', role: 'status' });
  const create = h('button', { class: 'button button-primary', type: 'submit' }, 'Create token');
  const form = h('form', { class: 'inline-form', 'data-testid': 'token-form' }, kind, name, create);

  const load = async () => {
    try {
      const { tokens } = await context.api.tokens();
      replace(table, tokensTable(tokens));
    } catch (error) {
      replace(table, errorBox(error));
    }
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const tokenName = name.value.trim();
    if (!tokenName) {
      message.textContent = 'Give the token a name that says where it is used.';
      message.className = 'form-message is-error';
      return;
    }
    create.disabled = true;
    try {
      const created = await context.api.createToken(kind.value as TokenRow['kind'], tokenName);
      name.value = '';
      message.textContent = '';
      replace(reveal, tokenReveal(created.name, created.token));
      await load();
    } catch (error) {
      message.textContent = error instanceof Error ? error.message : String(error);
      message.className = 'form-message is-error';
    } finally {
      create.disabled = false;
    }
  });

  function tokensTable(tokens: TokenRow[]): Node {
    if (tokens.length === 0) {
      return h('p', { class: 'empty-inline' }, 'No tokens yet. Pair the extension above, or create a token for an SDK client below.');
    }
    return h(
      'table',
      { class: 'table', 'data-testid': 'tokens' },
      h('thead', null, h('tr', null, h('th', null, 'Kind'), h('th', null, 'Name'), h('th', null, 'Created'), h('th', null, 'Last used'), h('th', { class: 'num' }, ''))),
      h(
        'tbody',
        null,
        tokens.map((token) =>
          h(
            'tr',
            { 'data-token': `${token.kind}/${token.name}` },
            h('td', null, h('span', { class: 'chip' }, KIND_LABEL[token.kind])),
            h('td', { class: 'strong' }, token.name),
            h('td', { title: fullTime(token.createdAt) }, ago(token.createdAt)),
            h('td', { title: token.lastUsedAt ? fullTime(token.lastUsedAt) : '' }, token.lastUsedAt ? ago(token.lastUsedAt) : h('span', { class: 'muted' }, 'Never')),
            h('td', { class: 'num' }, revokeButton(token)),
          ),
        ),
      ),
    );
  }

  // Revoking takes two clicks: the first arms the button for a few seconds.
  function revokeButton(token: TokenRow): HTMLButtonElement {
    const button = h('button', { class: 'button button-small button-ghost-danger', type: 'button' }, 'Revoke');
    let armed: number | undefined;
    button.addEventListener('click', async () => {
      if (armed === undefined) {
        button.textContent = 'Confirm revoke';
        button.classList.add('is-armed');
        armed = window.setTimeout(() => {
          armed = undefined;
          button.textContent = 'Revoke';
          button.classList.remove('is-armed');
        }, 4000);
        return;
      }
      window.clearTimeout(armed);
      button.disabled = true;
      try {
        await context.api.revokeToken(token.kind, token.name);
      } catch (error) {
        if (!(error instanceof ApiError && error.code === 'unknown_token')) message.textContent = error instanceof Error ? error.message : String(error);
      }
      await load();
    });
    return button;
  }

  load();
  return section('key', 'Access tokens', 'Each extension and SDK client has its own token. Revoke one and its next request is refused.', table, h('h3', { class: 'subhead' }, 'Create a token'), form, message, reveal);
}

function tokenReveal(name: string, token: string): HTMLElement {
  const copy = h('button', { class: 'button', type: 'button' }, icon('copy', 'icon icon-sm'), 'Copy');
  const value = h('code', { class: 'secret', 'data-testid': 'new-token' }, token);
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(token);
      copy.lastChild!.textContent = 'Copied';
    } catch {
      // Clipboard refused (permissions): select the text so Ctrl+C works.
      const range = document.createRange();
      range.selectNodeContents(value);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      copy.lastChild!.textContent = 'Press Ctrl+C';
    }
  });
  return h(
    'div',
    { class: 'notice notice-success token-reveal' },
    h('div', { class: 'strong' }, `Token “${name}” created. Copy it now: it is not shown again.`),
    h('div', { class: 'secret-row' }, value, copy),
  );
}

const PROVIDERS = [
  { id: 'openai', name: 'OpenAI', hint: 'sk-…' },
  { id: 'anthropic', name: 'Anthropic', hint: 'sk-ant-…' },
] as const;

/**
 * The real provider keys the SDK proxy sends upstream, so clients only ever hold a local token. Inside the
 * desktop app they are stored through its bridge; the gateway API for them is not there yet.
 */
function providerKeysSection(): HTMLElement {
  const bridge = desktopBridge();
  const rows = h('div', { class: 'provider-list' });
  const render = (stored: readonly string[]) => {
    replace(
      rows,
      PROVIDERS.map((provider) => {
        const configured = stored.includes(provider.id);
        const input = h('input', { class: 'input', type: 'password', autocomplete: 'off', placeholder: configured ? 'Replace the stored key' : provider.hint, disabled: !bridge, 'aria-label': `${provider.name} API key` });
        const save = h('button', { class: 'button', type: 'submit', disabled: !bridge }, 'Save');
        const form = h('form', { class: 'provider-row', 'data-provider': provider.id }, h('div', { class: 'provider-name' }, h('span', { class: 'strong' }, provider.name), h('span', { class: `pill ${configured ? 'pill-approved' : 'pill-muted'}` }, configured ? 'Configured' : 'Not configured')), h('div', { class: 'inline-form' }, input, save));
        form.addEventListener('submit', async (event) => {
          event.preventDefault();
          if (!bridge || !input.value.trim()) return;
          await bridge.setProviderKey(provider.id, input.value.trim());
          input.value = '';
          render(await bridge.listProviderKeys());
        });
        return form;
      }),
    );
  };
  render([]);
  if (bridge) bridge.listProviderKeys().then(render, () => undefined);
  return section(
    'cloud',
    'Provider keys',
    'For the SDK proxy: the gateway adds the real OpenAI or Anthropic key upstream, so your scripts and agents only hold a local token. Keys are write-only here and never shown again.',
    rows,
    bridge ? null : h('p', { class: 'muted small' }, 'Keys are stored by the promptgate desktop app; open this page there to set them.'),
  );
}

function policySection(context: ViewContext): HTMLElement {
  const body = h('div', null, loading());
  context.api.overview().then(
    (overview) => replace(body, policyFacts(overview)),
    (error: unknown) => replace(body, errorBox(error)),
  );
  return section('building', 'Organisation and policy', 'Where the policy comes from and what happens when the gateway cannot be reached.', body);
}

function policyFacts(overview: Overview): Node[] {
  const { policy } = overview;
  const fail = describeFailMode(policy.failMode);
  const enrolled = policy.source === 'org';
  return [
    h(
      'dl',
      { class: 'facts' },
      h('dt', null, 'Organisation'),
      h(
        'dd',
        { 'data-testid': 'org-status' },
        h('span', { class: `pill ${enrolled ? 'pill-approved' : 'pill-muted'}` }, enrolled ? 'Enrolled' : 'Not enrolled'),
        h('div', { class: 'muted small' }, enrolled ? `Signed policies from ${policy.origin}` : 'Enrolling with your organisation’s policy server brings its signed policy and shared approvals. Enrollment from this page is coming.'),
      ),
      h('dt', null, 'Policy'),
      h('dd', null, `${policy.name} · v${policy.version} · ${describePolicySource(policy.source)}`, policy.origin && !enrolled ? h('div', { class: 'muted small mono wrap' }, policy.origin) : null),
      h('dt', null, 'Fail mode'),
      h('dd', { 'data-testid': 'fail-mode' }, h('span', { class: `pill pill-${policy.failMode}` }, fail.label), h('div', { class: 'muted small' }, fail.help)),
    ),
  ];
}
