import { ApiError } from '../api';
import { errorBox, loading } from '../components/empty-state';
import { pageHeader } from '../components/page';
import { desktopBridge } from '../desktop';
import { h, replace } from '../dom';
import { ago, duration, fullTime } from '../format';
import { handled } from '../handled';
import { icon, type IconName } from '../icons';
import type { OrgStatus, Overview, ProviderId, ProviderKeyStatus, TokenRow } from '../types';
import type { View, ViewContext } from '../view';
import { describeFailMode, describePolicySource } from './policy-text';

const KIND_LABEL: Record<TokenRow['kind'], string> = { extension: 'Browser extension', sdk: 'SDK client' };

/** Pairing, tokens, provider keys, organisation and fail mode: how this gateway is connected. */
export function settingsView(context: ViewContext): View {
  const element = h(
    'div',
    { class: 'page', 'data-view': 'settings' },
    pageHeader('Settings', 'Connect the browser extension and SDK clients, and see how this gateway is set up.'),
    h('div', { class: 'settings-grid' }, pairingSection(context), tokensSection(context), providerKeysSection(context), policySection(context)),
  );
  return { title: 'Settings', element };
}

function section(iconName: IconName, title: string, intro: string, ...children: Array<Node | null>): HTMLElement {
  return h(
    'section',
    { class: 'card settings-section' },
    h(
      'header',
      { class: 'section-head' },
      h('span', { class: 'section-icon' }, icon(iconName)),
      h('div', null, h('h2', { class: 'card-title' }, title), h('p', { class: 'muted' }, intro)),
    ),
    children,
  );
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
      again.addEventListener(
        'click',
        handled(() => show(again)),
      );
      replace(
        area,
        h('div', { class: 'pairing-code', 'data-testid': 'pairing-code', 'aria-label': `Pairing code ${code.split('').join(' ')}` }, code),
        h('div', { class: 'pairing-side' }, codeTimer, again),
      );
      button.hidden = true;
      tick();
    } catch (error) {
      replace(area, errorBox(error));
    } finally {
      trigger.disabled = false;
    }
  };
  button.addEventListener(
    'click',
    handled(() => show(button)),
  );
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
    h(
      'ol',
      { class: 'steps' },
      h('li', null, 'Open the promptgate extension’s options page.'),
      h('li', null, 'Click the button below and type the code there.'),
      h('li', null, 'The extension appears under Access tokens.'),
    ),
    h('div', { class: 'pairing-row' }, button, area),
  );
}

function tokensSection(context: ViewContext): HTMLElement {
  const table = h('div', null, loading());
  const reveal = h('div', { 'aria-live': 'polite' });
  const kind = h(
    'select',
    { class: 'input', name: 'kind', 'aria-label': 'Kind' },
    h('option', { value: 'sdk' }, KIND_LABEL.sdk),
    h('option', { value: 'extension' }, KIND_LABEL.extension),
  );
  const name = h('input', {
    class: 'input',
    name: 'name',
    placeholder: 'Name, e.g. laptop-scripts',
    maxlength: 100,
    autocomplete: 'off',
    'aria-label': 'Token name',
    required: true,
  });
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

  form.addEventListener(
    'submit',
    handled(async (event) => {
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
    }),
  );

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
    button.addEventListener(
      'click',
      handled(async () => {
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
      }),
    );
    return button;
  }

  // `load` shows its own failures in the section, so nothing is left to wait for here.
  void load();
  return section(
    'key',
    'Access tokens',
    'Each extension and SDK client has its own token. Revoke one and its next request is refused.',
    table,
    h('h3', { class: 'subhead' }, 'Create a token'),
    form,
    message,
    reveal,
  );
}

function tokenReveal(name: string, token: string): HTMLElement {
  const copy = h('button', { class: 'button', type: 'button' }, icon('copy', 'icon icon-sm'), 'Copy');
  const value = h('code', { class: 'secret', 'data-testid': 'new-token' }, token);
  copy.addEventListener(
    'click',
    handled(async () => {
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
    }),
  );
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
] as const satisfies ReadonlyArray<{ id: ProviderId; name: string; hint: string }>;

/** Where provider keys are kept: the desktop app's bridge inside Electron, the gateway's API in a browser. */
interface KeyStore {
  list(): Promise<ProviderKeyStatus>;
  set(provider: ProviderId, key: string): Promise<unknown>;
  remove(provider: ProviderId): Promise<unknown>;
}

function keyStore(context: ViewContext): KeyStore {
  const bridge = desktopBridge();
  if (!bridge)
    return {
      list: () => context.api.providerKeys(),
      set: (provider, key) => context.api.setProviderKey(provider, key),
      remove: (provider) => context.api.removeProviderKey(provider),
    };
  return {
    list: async () => {
      const stored = await bridge.listProviderKeys();
      return { openai: stored.includes('openai'), anthropic: stored.includes('anthropic') };
    },
    set: (provider, key) => bridge.setProviderKey(provider, key),
    remove: (provider) => bridge.deleteProviderKey(provider),
  };
}

/** A gateway message ("key: the key is empty") as a sentence for a form. */
function sentence(error: unknown): string {
  const raw = (error instanceof Error ? error.message : String(error)).trim();
  return raw.charAt(0).toUpperCase() + raw.slice(1) + (/[.!?]$/.test(raw) ? '' : '.');
}

/**
 * The real provider keys the SDK proxy sends upstream, so clients only ever hold a local token. Write-only:
 * the page learns whether a key is set, never the key, and clears the input as soon as it is sent.
 */
function providerKeysSection(context: ViewContext): HTMLElement {
  const store = keyStore(context);
  const rows = h('div', { class: 'provider-list', 'data-testid': 'provider-keys' }, loading());
  const render = (status: ProviderKeyStatus) =>
    replace(
      rows,
      PROVIDERS.map((provider) => providerRow(provider, status[provider.id])),
    );

  const load = async () => {
    try {
      render(await store.list());
    } catch (error) {
      replace(rows, errorBox(error));
    }
  };

  function providerRow(provider: (typeof PROVIDERS)[number], configured: boolean): HTMLElement {
    const input = h('input', {
      class: 'input',
      type: 'password',
      name: `${provider.id}-key`,
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: configured ? 'Replace the stored key' : provider.hint,
      maxlength: 4096,
      'aria-label': `${provider.name} API key`,
    });
    const save = h('button', { class: 'button', type: 'submit' }, 'Save');
    const remove = configured ? h('button', { class: 'button button-small button-ghost-danger', type: 'button' }, 'Remove') : null;
    const message = h('div', { class: 'form-message', role: 'status' });
    const fail = (error: unknown) => {
      message.textContent = sentence(error);
      message.className = 'form-message is-error';
    };
    const form = h(
      'form',
      { class: 'provider-row', 'data-provider': provider.id, 'data-configured': String(configured) },
      h(
        'div',
        { class: 'provider-name' },
        h('span', { class: 'strong' }, provider.name),
        h('span', { class: `pill ${configured ? 'pill-approved' : 'pill-muted'}`, 'data-testid': `provider-status-${provider.id}` }, configured ? 'Configured' : 'Not configured'),
      ),
      h('div', { class: 'inline-form' }, input, save, remove),
      message,
    );
    form.addEventListener(
      'submit',
      handled(async (event) => {
        event.preventDefault();
        const key = input.value.trim();
        if (!key) {
          fail(`Paste the ${provider.name} API key first`);
          return;
        }
        save.disabled = true;
        // The key leaves the page now: it is not kept in the input while the request runs.
        input.value = '';
        try {
          await store.set(provider.id, key);
          await load();
        } catch (error) {
          fail(error);
        } finally {
          save.disabled = false;
        }
      }),
    );
    remove?.addEventListener(
      'click',
      handled(async () => {
        remove.disabled = true;
        try {
          await store.remove(provider.id);
        } catch (error) {
          if (!(error instanceof ApiError && error.code === 'no_key')) {
            fail(error);
            remove.disabled = false;
            return;
          }
        }
        await load();
      }),
    );
    return form;
  }

  // `load` shows its own failures in the section, so nothing is left to wait for here.
  void load();
  return section(
    'cloud',
    'Provider keys',
    'For the SDK proxy: the gateway adds the real OpenAI or Anthropic key upstream, so your scripts and agents only hold a local token. Keys are write-only here and never shown again.',
    rows,
  );
}

/**
 * Organisation and policy: enrollment status from `GET /ui/api/org` (server, user, groups, policy version, the
 * last check, warnings such as a rejected bundle) and, when not enrolled, a form to enroll with a code.
 */
function policySection(context: ViewContext): HTMLElement {
  const body = h('div', { 'data-testid': 'org-section' }, loading());

  const load = async () => {
    const [overview, org] = await Promise.allSettled([context.api.overview(), context.api.org()]);
    if (overview.status === 'rejected') {
      replace(body, errorBox(overview.reason));
      return;
    }
    replace(
      body,
      policyFacts(overview.value, org.status === 'fulfilled' ? org.value : undefined),
      org.status === 'rejected' ? errorBox(org.reason) : null,
      org.status === 'fulfilled' && !org.value.enrolled ? enrollForm(context, load) : null,
    );
  };

  // `load` shows its own failures in the section, so nothing is left to wait for here.
  void load();
  return section('building', 'Organisation and policy', 'Where the policy comes from and what happens when the gateway cannot be reached.', body);
}

/** Why a policy bundle can be refused (the org module's BundleRejection codes): the last good policy stays. */
const BUNDLE_REJECTIONS = ['malformed', 'wrong_type', 'unknown_key', 'bad_signature', 'invalid_policy', 'older_version'];

const WARNING_TITLE: Record<string, string> = {
  no_org_policy: 'No organisation policy yet',
  server_unreachable: 'Policy server unreachable',
};

function warningTitle(code: string): string {
  return WARNING_TITLE[code] ?? (BUNDLE_REJECTIONS.includes(code) ? 'Policy bundle rejected' : 'Organisation policy warning');
}

function orgWarnings(org: OrgStatus): HTMLElement | null {
  if (org.warnings.length === 0) return null;
  return h(
    'div',
    { class: 'org-warnings', 'data-testid': 'org-warnings', role: 'alert' },
    org.warnings.map((warning) =>
      h(
        'div',
        { class: 'notice notice-warning', 'data-warning': warning.code },
        icon('alert'),
        h(
          'div',
          null,
          h('div', { class: 'strong' }, warningTitle(warning.code)),
          h('div', null, sentence(warning.message)),
          h('div', { class: 'muted small', title: fullTime(warning.at) }, ago(warning.at)),
        ),
      ),
    ),
  );
}

function lastCheck(org: OrgStatus): Array<Node | string> {
  const { lastCheckAt, lastCheckOk } = org.policy;
  if (lastCheckAt === null) return [h('span', { class: 'muted' }, 'Not checked yet')];
  return [
    h('span', { class: `pill ${lastCheckOk ? 'pill-approved' : 'pill-denied'}` }, lastCheckOk ? 'Succeeded' : 'Failed'),
    ' ',
    h('span', { title: fullTime(lastCheckAt) }, ago(lastCheckAt)),
  ];
}

function policyFacts(overview: Overview, org: OrgStatus | undefined): Array<Node | null> {
  const { policy } = overview;
  const fail = describeFailMode(policy.failMode);
  const enrolled = org ? org.enrolled : policy.source === 'org';
  const source = (org?.policy.source ?? policy.source) as Overview['policy']['source'];
  const name = org?.policy.name ?? policy.name;
  const version = org?.policy.version ?? policy.version;
  const origin = org?.policy.origin ?? policy.origin;
  return [
    org ? orgWarnings(org) : null,
    h(
      'dl',
      { class: 'facts' },
      h('dt', null, 'Organisation'),
      h(
        'dd',
        { 'data-testid': 'org-status' },
        h('span', { class: `pill ${enrolled ? 'pill-approved' : 'pill-muted'}` }, enrolled ? 'Enrolled' : 'Not enrolled'),
        enrolled && org?.server
          ? h('div', { class: 'muted small mono wrap', 'data-testid': 'org-server' }, org.server)
          : h(
              'div',
              { class: 'muted small' },
              enrolled ? `Signed policies from ${origin}` : 'Enrolling with your organisation’s policy server brings its signed policy and shared approvals.',
            ),
      ),
      enrolled && org?.user
        ? [
            h('dt', null, 'Signed in as'),
            h(
              'dd',
              { 'data-testid': 'org-user' },
              h('span', { class: 'strong' }, org.user),
              org.deviceName ? h('span', { class: 'muted small' }, ` on ${org.deviceName}`) : null,
              org.groups.length > 0
                ? h(
                    'div',
                    { class: 'org-groups' },
                    org.groups.map((group) => h('span', { class: 'chip' }, group)),
                  )
                : null,
            ),
          ]
        : null,
      h('dt', null, 'Policy'),
      h(
        'dd',
        { 'data-testid': 'policy-source' },
        `${name} · v${version} · ${describePolicySource(source)}`,
        origin && !(enrolled && source === 'org') ? h('div', { class: 'muted small mono wrap' }, origin) : null,
      ),
      enrolled && org ? [h('dt', null, 'Last check'), h('dd', { 'data-testid': 'org-last-check' }, lastCheck(org))] : null,
      enrolled && org?.audit
        ? [
            h('dt', null, 'Audit log'),
            h(
              'dd',
              { 'data-testid': 'org-audit' },
              org.audit.queued > 0 ? `${org.audit.queued} waiting to ship` : 'Up to date',
              org.audit.lastShippedAt !== null
                ? h('span', { class: 'muted small', title: fullTime(org.audit.lastShippedAt) }, ` · last shipped ${ago(org.audit.lastShippedAt)}`)
                : null,
              org.audit.lastError ? h('div', { class: 'form-message is-error' }, sentence(org.audit.lastError)) : null,
              org.audit.lastSkipped ? h('div', { class: 'form-message is-error' }, sentence(org.audit.lastSkipped)) : null,
            ),
          ]
        : null,
      h('dt', null, 'Fail mode'),
      h('dd', { 'data-testid': 'fail-mode' }, h('span', { class: `pill pill-${policy.failMode}` }, fail.label), h('div', { class: 'muted small' }, fail.help)),
    ),
  ];
}

const ENROLL_ERRORS: Record<string, string> = {
  server_unreachable: 'The policy server did not answer. Check the URL and your network, then try again.',
};

function enrollError(error: unknown): string {
  if (error instanceof ApiError && error.code === 'invalid_request') {
    if (/^server\b/.test(error.message)) return 'That is not a server URL. It looks like https://policy.example.com.';
    if (/^code\b/.test(error.message)) return 'That is not an enrollment code. Check it with your organisation’s admin.';
  }
  const known = error instanceof ApiError ? ENROLL_ERRORS[error.code] : undefined;
  return known ? `${known} (${sentence(error)})` : sentence(error);
}

/** Enrolling: the server URL and one-time code from the organisation's admin. Errors stay next to the form. */
function enrollForm(context: ViewContext, refresh: () => Promise<void>): HTMLElement {
  const server = h('input', {
    class: 'input',
    type: 'url',
    name: 'server',
    inputmode: 'url',
    placeholder: 'https://policy.example.com',
    autocomplete: 'url',
    spellcheck: 'false',
    maxlength: 2000,
    'aria-label': 'Policy server URL',
    required: true,
  });
  const code = h('input', {
    class: 'input',
    name: 'code',
    placeholder: 'Enrollment code',
    autocomplete: 'off',
    spellcheck: 'false',
    maxlength: 40,
    'aria-label': 'Enrollment code',
    required: true,
  });
  const submit = h('button', { class: 'button button-primary', type: 'submit' }, 'Enroll');
  const message = h('div', { class: 'form-message', role: 'status', 'data-testid': 'enroll-message' });
  // The gateway checks the URL and code; the browser's own validation bubbles would hide its answer.
  const form = h('form', { class: 'enroll-form', 'data-testid': 'enroll-form', novalidate: true }, h('div', { class: 'inline-form' }, server, code, submit), message);
  const fail = (text: string) => {
    message.textContent = text;
    message.className = 'form-message is-error';
  };
  form.addEventListener(
    'submit',
    handled(async (event) => {
      event.preventDefault();
      const url = server.value.trim();
      const oneTime = code.value.trim();
      if (!url || !oneTime) {
        fail(url ? 'Type the enrollment code from your organisation’s admin.' : 'Type your organisation’s policy server URL.');
        return;
      }
      submit.disabled = true;
      message.textContent = 'Enrolling…';
      message.className = 'form-message';
      try {
        await context.api.enroll(url, oneTime);
        await refresh();
      } catch (error) {
        fail(enrollError(error));
        submit.disabled = false;
      }
    }),
  );
  return h(
    'div',
    { class: 'enroll' },
    h('h3', { class: 'subhead' }, 'Enroll with your organisation'),
    h('p', { class: 'muted small' }, 'Your admin gives you the policy server’s URL and a one-time code.'),
    form,
  );
}
