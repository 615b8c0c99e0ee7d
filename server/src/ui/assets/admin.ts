// The admin UI, bundled into the page's one script (admin.js). Talks to the admin API with a bearer token: from
// the identity provider's sign-in, or pasted (kept in sessionStorage: gone when the tab closes). Everything
// shown is set as text, never as HTML.
import type { CurrentPolicy, DeviceRow, DiffLine, IssuedCode, Me, OrgApproval, PolicyError, PolicyVersionRow, RotatedKey, StoredAuditEvent } from './admin-replies';
import { finishSignIn, signInAnswer, startSignIn, type IdentityProvider } from './oidc-sign-in';

/** An element the page is built with: a missing one is a broken page, said at once rather than as a null deref later. */
function $<T extends HTMLElement = HTMLElement>(selector: string): T {
  const node = document.querySelector<T>(selector);
  if (!node) throw new Error(`The admin page has no ${selector}`);
  return node;
}

type Child = Node | string | null | undefined;
/** Attributes as text; a function under an `on…` name is an event listener. */
type Props = Record<string, string | (() => void)>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Array<Child | Child[]>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'class') node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) node.append(child instanceof Node ? child : document.createTextNode(child ?? ''));
  return node;
}
const when = (ms: number | null | undefined) => (ms ? new Date(ms).toLocaleString() : '—');

/** A refused or failed admin API call: the HTTP status and the server's JSON error, when it sent one. */
class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly data: unknown,
  ) {
    super(message);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
/** The server's `{ error: { … } }` body, when there is one. */
const errorBody = (data: unknown): Record<string, unknown> | undefined => (isRecord(data) && isRecord(data['error']) ? data['error'] : undefined);
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

let token = sessionStorage.getItem('pg-admin-token') ?? '';

/** The server's answer, typed as the caller expects it: the page and the API are shipped together. */
async function api<T>(method: string, path: string, body?: unknown, type = 'application/json'): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': type } : {}) },
    ...(body !== undefined ? { body: type === 'application/json' ? JSON.stringify(body) : (body as string) } : {}),
  });
  const data: unknown = response.headers.get('content-type')?.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const message = errorBody(data)?.['message'];
    throw new ApiError(typeof message === 'string' ? message : `HTTP ${response.status}`, response.status, data);
  }
  return data as T;
}

/** Every page of an admin list (`nextCursor` to the next), as one array: the server answers a page at a time. */
async function apiAll<T>(path: string, key: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  // A bound, so a server that keeps answering a cursor cannot keep the page loading forever.
  for (let page = 0; page < 100; page++) {
    const separator = path.includes('?') ? '&' : '?';
    const data = await api<Record<string, T[]> & { nextCursor?: string }>('GET', `${path}${separator}limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    items.push(...(data[key] ?? []));
    cursor = data.nextCursor;
    if (!cursor) break;
  }
  return items;
}

/**
 * Asks before something that cannot be taken back from here (a restore publishes, a revoke cuts a device off).
 * A modal <dialog>: focus stays inside, Escape cancels, and only the confirm button resolves true.
 */
function confirmAction({ title, text, confirmLabel }: { title: string; text: string; confirmLabel: string }): Promise<boolean> {
  const dialog = $<HTMLDialogElement>('#confirm');
  $('#confirm-title').textContent = title;
  $('#confirm-text').textContent = text;
  $('#confirm-ok').textContent = confirmLabel;
  dialog.returnValue = '';
  dialog.showModal();
  // Cancel has the focus, so a stray Enter does not confirm.
  $('#confirm-cancel').focus();
  return new Promise((resolve) => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true }));
}

/** One full-width row saying a table has nothing to show, so an empty table never looks like a failed load. */
const emptyRow = (columns: number, text: string) => el('tr', {}, el('td', { colspan: String(columns), class: 'empty' }, text));

/** Shows a failure of something the user started where they look for its outcome. */
function showStatus(status: HTMLElement, text: string, failed: boolean): void {
  status.className = failed ? 'status error' : 'status';
  status.textContent = text;
}

// ---- sign-in and tabs ----
async function signIn(): Promise<void> {
  try {
    const me = await api<Me>('GET', '/admin/me');
    $('#signin').hidden = true;
    $('#tabs').hidden = false;
    $('#signout').hidden = false;
    $('#who').textContent = `${me.name} · ${me.roles.join(', ')}`;
    document.body.dataset['roles'] = me.roles.join(' ');
    showTab();
    void startLive();
  } catch (error) {
    $('#signin').hidden = false;
    if (!token) return;
    const status = error instanceof ApiError ? error.status : undefined;
    if (status === 403) $('#signin-error').textContent = `You are signed in, but not allowed in here: ${messageOf(error)}.`;
    else if (status === 401)
      $('#signin-error').textContent = idp ? 'The server did not accept your sign-in (expired, or not meant for this server). Sign in again.' : 'That token was not accepted.';
    else $('#signin-error').textContent = messageOf(error);
  }
}

/** The IdP the server names for sign-in, or null: then a token is pasted (quick start, or no UI client). */
let idp: IdentityProvider | null = null;

async function boot(): Promise<void> {
  try {
    const response = await fetch('/admin/ui/sign-in.json');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    ({ oidc: idp } = (await response.json()) as { oidc: IdentityProvider | null });
  } catch (error) {
    $('#signin').hidden = false;
    $('#signin-error').textContent = `The server's sign-in settings could not be read (${messageOf(error)}). Reload to try again.`;
    return;
  }
  $('#signin-idp').hidden = !idp;
  $('#signin-form').hidden = Boolean(idp);
  const answer = signInAnswer();
  if (answer) {
    try {
      token = await finishSignIn(answer);
      sessionStorage.setItem('pg-admin-token', token);
    } catch (error) {
      $('#signin').hidden = false;
      $('#signin-error').textContent = messageOf(error);
      return;
    }
  }
  if (token) await signIn();
  else $('#signin').hidden = false;
}

$('#signin-idp-button').addEventListener('click', () => {
  $('#signin-error').textContent = '';
  // The button shows only when the server names an IdP.
  if (!idp) return;
  startSignIn(idp).catch((error: unknown) => {
    $('#signin-error').textContent = messageOf(error);
  });
});

// A fresh page: no token in memory, no live stream, no data of the last person left on screen.
$('#signout').addEventListener('click', () => {
  sessionStorage.removeItem('pg-admin-token');
  location.replace('/admin/ui/');
});

$('#signin-form').addEventListener('submit', (event) => {
  event.preventDefault();
  token = $<HTMLInputElement>('#token-input').value.trim();
  sessionStorage.setItem('pg-admin-token', token);
  void signIn();
});

type Tab = 'policy' | 'approvals' | 'audit' | 'devices';
const loaders: Record<Tab, () => Promise<void>> = { policy: loadPolicy, approvals: loadApprovals, audit: () => loadAudit(), devices: loadDevices };
const isTab = (name: string): name is Tab => Object.hasOwn(loaders, name);

function showTab(): void {
  const isAdmin = (document.body.dataset['roles'] ?? '').includes('admin');
  const asked = location.hash.slice(1) || (isAdmin ? 'policy' : 'approvals');
  const tab: Tab = isTab(asked) ? asked : 'policy';
  for (const link of document.querySelectorAll<HTMLElement>('nav a')) {
    link.classList.toggle('active', link.dataset['tab'] === tab);
    if (link.dataset['tab'] !== 'approvals') link.hidden = !isAdmin;
  }
  for (const view of document.querySelectorAll<HTMLElement>('.view')) view.hidden = view.id !== `view-${tab}`;
  loaders[tab]().catch(reportLoadFailure);
}
window.addEventListener('hashchange', showTab);

/** A view whose data could not load keeps what it showed; the failure goes where the page's uncaught errors go. */
function reportLoadFailure(error: unknown): void {
  console.error(error);
}

// ---- policy editor ----
const policyText = () => $<HTMLTextAreaElement>('#policy-text');
const policyFormat = () => $<HTMLSelectElement>('#policy-format');
const policyType = () => (policyFormat().value === 'json' ? 'application/json' : 'application/yaml');

let validateTimer: ReturnType<typeof setTimeout> | undefined;
async function loadPolicy(): Promise<void> {
  const { policy } = await api<{ policy: CurrentPolicy }>('GET', '/admin/policy');
  $('#policy-current').textContent = `in force: version ${policy.version} by ${policy.author}`;
  if (!policyText().dataset['loaded']) {
    policyText().value = policy.text;
    policyFormat().value = policy.format;
    policyText().dataset['loaded'] = '1';
    renderGutter([]);
  }
  await loadHistory();
}

function renderGutter(errors: PolicyError[]): void {
  const bad = new Set(errors.map((e) => e.line).filter(Boolean));
  const lines = policyText().value.split('\n').length;
  const gutter = $('#gutter');
  gutter.replaceChildren(...Array.from({ length: lines }, (_, i) => [el('span', bad.has(i + 1) ? { class: 'bad' } : {}, String(i + 1)), '\n']).flat());
  gutter.scrollTop = policyText().scrollTop;
}

function renderErrors(errors: PolicyError[]): void {
  const list = $('#policy-errors');
  if (errors.length === 0) list.replaceChildren(el('li', { class: 'ok' }, '✓ valid policy'));
  else list.replaceChildren(...errors.map((e) => el('li', {}, e.line ? `line ${e.line}: ` : '', el('code', {}, e.path || '(document)'), ` — ${e.message}`)));
  renderGutter(errors);
  $<HTMLButtonElement>('#policy-publish').disabled = errors.length > 0;
}

async function validate(): Promise<void> {
  const result = await api<{ errors: PolicyError[] }>('POST', '/admin/policy/validate', policyText().value, policyType());
  renderErrors(result.errors);
}

/** Validation runs as the admin types; a failed check says so under the editor instead of leaving it blank. */
function validateNow(): void {
  validate().catch((error: unknown) => showStatus($('#policy-status'), messageOf(error), true));
}

policyText().addEventListener('input', () => {
  renderGutter([]);
  clearTimeout(validateTimer);
  validateTimer = setTimeout(validateNow, 250);
});
policyText().addEventListener('scroll', () => {
  $('#gutter').scrollTop = policyText().scrollTop;
});
policyFormat().addEventListener('change', validateNow);
$('#policy-publish').addEventListener('click', () => void publish());

async function publish(): Promise<void> {
  const status = $('#policy-status');
  const comment = $<HTMLInputElement>('#policy-comment');
  try {
    const { version } = await api<{ version: PolicyVersionRow }>('PUT', `/admin/policy?comment=${encodeURIComponent(comment.value)}`, policyText().value, policyType());
    showStatus(status, `Published version ${version.version}. Gateways pick it up within a minute.`, false);
    comment.value = '';
    await loadPolicy();
  } catch (error) {
    showStatus(status, messageOf(error), true);
    const errors = error instanceof ApiError ? errorBody(error.data)?.['errors'] : undefined;
    if (Array.isArray(errors)) renderErrors(errors as PolicyError[]);
  }
}

async function loadHistory(): Promise<void> {
  const { versions } = await api<{ versions: PolicyVersionRow[] }>('GET', '/admin/policy/versions');
  $('#history').replaceChildren(
    ...versions.map((v, i) => {
      const previous = versions[i + 1];
      return el(
        'li',
        {},
        el('span', { class: 'v' }, `v${v.version}`),
        el('span', { class: 'meta' }, v.comment || '(no comment)', el('div', {}, `${v.author} · ${when(v.createdAt)}${v.rollbackOf ? ` · rollback to v${v.rollbackOf}` : ''}`)),
        previous ? el('button', { class: 'secondary', onclick: () => void showDiff(previous.version, v.version).catch(reportLoadFailure) }, 'diff') : '',
        i > 0 ? el('button', { class: 'secondary', onclick: () => void rollback(v.version).catch(reportLoadFailure) }, 'restore') : '',
      );
    }),
  );
}

async function showDiff(from: number, to: number): Promise<void> {
  const { lines } = await api<{ lines: DiffLine[] }>('GET', `/admin/policy/diff?from=${from}&to=${to}`);
  $('#diff-title').hidden = false;
  $('#diff-title').textContent = `v${from} → v${to}`;
  $('#diff').hidden = false;
  $('#diff').replaceChildren(...lines.filter((l) => l.op !== ' ' || lines.length < 60).map(diffLine));
}

/** A diff line; on a changed line the part that differs from its counterpart is marked. */
function diffLine(l: DiffLine): HTMLElement {
  const props = { class: l.op === '+' ? 'add' : l.op === '-' ? 'del' : '' };
  if (!l.changed || l.changed.end <= l.changed.start) return el('span', props, `${l.op} ${l.text}\n`);
  const { start, end } = l.changed;
  return el('span', props, `${l.op} ${l.text.slice(0, start)}`, el('mark', {}, l.text.slice(start, end)), `${l.text.slice(end)}\n`);
}

async function rollback(version: number): Promise<void> {
  const status = $('#policy-status');
  try {
    const { policy } = await api<{ policy: CurrentPolicy }>('GET', '/admin/policy');
    const confirmed = await confirmAction({
      title: `Restore version ${version}?`,
      text: `This publishes the content of version ${version} as a new version, replacing version ${policy.version} on every gateway.`,
      confirmLabel: `Restore version ${version}`,
    });
    if (!confirmed) return;
    const { version: made } = await api<{ version: PolicyVersionRow }>('POST', '/admin/policy/rollback', { version, comment: `restore version ${version}` });
    showStatus(status, `Published version ${made.version} with the content of version ${version}.`, false);
    policyText().dataset['loaded'] = '';
    await loadPolicy();
  } catch (error) {
    showStatus(status, messageOf(error), true);
  }
}

// ---- approvals, live ----
async function loadApprovals(): Promise<void> {
  const [pending, ...byStatus] = await Promise.all([
    apiAll<OrgApproval>('/admin/approvals?status=pending', 'approvals'),
    ...['approved', 'denied', 'expired', 'cancelled'].map((status) =>
      api<{ approvals: OrgApproval[] }>('GET', `/admin/approvals?status=${status}&limit=20`).then(({ approvals }) => approvals),
    ),
  ]);
  renderPending(pending);
  const decided = byStatus
    .flat()
    .sort((a, b) => (b.decidedAt ?? 0) - (a.decidedAt ?? 0))
    .slice(0, 20);
  if (decided.length === 0) {
    $('#decided').replaceChildren(emptyRow(6, 'Nothing decided yet.'));
    return;
  }
  $('#decided').replaceChildren(
    ...decided.map((a) =>
      el(
        'tr',
        {},
        el('td', {}, when(a.decidedAt)),
        el('td', {}, a.user),
        el('td', {}, a.site),
        el('td', {}, el('span', { class: `verdict ${a.status === 'approved' ? 'allow' : 'block'}` }, a.status)),
        el('td', {}, a.decidedBy ?? ''),
        el('td', {}, a.reason ?? ''),
      ),
    ),
  );
}

function renderPending(pending: OrgApproval[]): void {
  const count = $('#pending-count');
  count.hidden = pending.length === 0;
  count.textContent = String(pending.length);
  const box = $('#approvals');
  if (pending.length === 0) {
    box.replaceChildren(el('p', { class: 'empty' }, 'Nothing is waiting. New holds appear here as they happen.'));
    return;
  }
  box.replaceChildren(
    ...pending.map((a) => {
      const reason = el('input', { name: 'reason', placeholder: 'Reason (required)', 'aria-label': 'Reason' });
      const errorLine = el('p', { class: 'error' });
      const decide = (decision: 'approve' | 'deny') => () => {
        api('POST', `/admin/approvals/${a.id}/decision`, { decision, reason: reason.value }).catch((error: unknown) => {
          errorLine.textContent = messageOf(error);
        });
      };
      return el(
        'div',
        { class: 'approval', 'data-id': a.id },
        el(
          'div',
          { class: 'head' },
          el('span', { class: 'user' }, a.user),
          el('span', { class: 'muted' }, `${a.site} · ${a.requester}`),
          el('span', { class: 'expires', 'data-expires': String(a.expiresAt) }, ''),
        ),
        el('div', {}, ...findingChips(a.findings)),
        el('blockquote', {}, a.maskedSegments.map((s) => s.text).join('\n\n')),
        el(
          'div',
          { class: 'row' },
          reason,
          el('button', { class: 'approve', onclick: decide('approve') }, 'Approve'),
          el('button', { class: 'deny', onclick: decide('deny') }, 'Deny'),
        ),
        errorLine,
      );
    }),
  );
  tickExpiry();
}

/**
 * What caused the hold, one chip per rule and placeholder: a custom rule by its id from the policy, with the
 * placeholder that stands for the match in the text below. Never the matched value: the server never has it.
 */
function findingChips(findings: OrgApproval['findings']): HTMLElement[] {
  const seen = new Set<string>();
  const chips: HTMLElement[] = [];
  for (const f of findings) {
    const customId = f.type.startsWith('custom:') ? f.type.slice('custom:'.length) : undefined;
    const rule = customId ? `custom rule ${customId}${f.title && f.title !== customId ? ` (${f.title})` : ''}` : f.title;
    const text = f.placeholder ? `${rule} → ${f.placeholder}` : rule;
    if (seen.has(text)) continue;
    seen.add(text);
    chips.push(el('span', { class: 'chip', title: `finding type ${f.type}, action ${f.action}` }, text));
  }
  return chips;
}

function tickExpiry(): void {
  for (const node of document.querySelectorAll<HTMLElement>('[data-expires]')) {
    const left = Math.max(0, Math.round((Number(node.dataset['expires']) - Date.now()) / 1000));
    node.textContent = left > 0 ? `expires in ${left >= 60 ? `${Math.floor(left / 60)} min ${left % 60} s` : `${left} s`}` : 'expired';
  }
}
setInterval(tickExpiry, 1000);

/** SSE over fetch (EventSource cannot send the bearer token); reconnects after a drop. */
async function startLive(): Promise<never> {
  const live = $('#live');
  for (;;) {
    try {
      const response = await fetch('/admin/approvals/stream', { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      live.className = 'live';
      live.textContent = '● live';
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (frame.startsWith('event: approval')) refreshApprovals().catch(reportLoadFailure);
        }
      }
    } catch {
      // fall through to the retry below
    }
    live.className = 'live off';
    live.textContent = '○ reconnecting';
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

async function refreshApprovals(): Promise<void> {
  if (!$('#view-approvals').hidden) await loadApprovals();
  else await renderCountOnly();
}
async function renderCountOnly(): Promise<void> {
  const approvals = await apiAll<OrgApproval>('/admin/approvals?status=pending', 'approvals');
  $('#pending-count').hidden = approvals.length === 0;
  $('#pending-count').textContent = String(approvals.length);
}

// ---- audit ----
function auditQuery(): URLSearchParams {
  const form = new FormData($<HTMLFormElement>('#audit-form'));
  const params = new URLSearchParams();
  for (const [key, entry] of form) {
    // The form has text, date and select fields only: no files.
    const value = typeof entry === 'string' ? entry : '';
    if (!value) continue;
    // Days in the admin's time zone, both included: `until` is the start of the day after.
    if (key === 'since') params.set(key, String(new Date(`${value}T00:00`).getTime()));
    else if (key === 'until') params.set(key, String(new Date(`${value}T00:00`).setDate(new Date(`${value}T00:00`).getDate() + 1)));
    else params.set(key, value.trim());
  }
  return params;
}

/** The device filter lists every enrolled device, and the server itself (sign-in failures, revocations). */
async function loadAuditDevices(): Promise<void> {
  const select = $<HTMLSelectElement>('#audit-device');
  const chosen = select.value;
  const devices = await apiAll<DeviceRow>('/admin/devices', 'devices');
  select.replaceChildren(
    el('option', { value: '' }, 'Any device'),
    el('option', { value: 'server' }, 'the server itself'),
    ...devices.map((d) => el('option', { value: d.id }, `${d.name} (${d.user})${d.revoked ? ' · revoked' : ''}`)),
  );
  select.value = chosen;
}

/** Finding types seen in results so far, offered as suggestions in the finding type filter. */
const seenFindingTypes = new Set<string>();
function rememberFindingTypes(events: StoredAuditEvent[]): void {
  const before = seenFindingTypes.size;
  for (const e of events) for (const f of e.findings ?? []) seenFindingTypes.add(f.type);
  if (seenFindingTypes.size !== before) $('#finding-types').replaceChildren(...[...seenFindingTypes].sort().map((type) => el('option', { value: type })));
}

/** The next page of the current audit search, or undefined when the last one is shown. */
let auditCursor: string | undefined;

const auditRow = (e: StoredAuditEvent) =>
  el(
    'tr',
    {},
    el('td', {}, when(e.at)),
    el('td', {}, e.user),
    el('td', {}, e.source),
    el('td', {}, e.kind),
    el('td', {}, el('span', { class: `verdict ${e.verdict}` }, e.verdict)),
    el(
      'td',
      { class: 'text' },
      e.maskedText || describeDecision(e.detail),
      ...[...new Set((e.findings ?? []).map((f) => f.type))].map((type) => [' ', el('span', { class: 'chip' }, type)]),
    ),
  );

async function loadAudit(more = false): Promise<void> {
  if (!more) await loadAuditDevices();
  const query = auditQuery();
  if (more && auditCursor) query.set('cursor', auditCursor);
  const { events, nextCursor } = await api<{ events: StoredAuditEvent[]; nextCursor?: string }>('GET', `/admin/audit?${query.toString()}`);
  rememberFindingTypes(events);
  auditCursor = nextCursor;
  $('#audit-more').hidden = !nextCursor;
  if (more) {
    $('#audit-rows').append(...events.map(auditRow));
    return;
  }
  $('#audit-rows').replaceChildren(...(events.length ? events.map(auditRow) : [emptyRow(6, 'No events match.')]));
}
$('#audit-form').addEventListener('submit', (event) => {
  event.preventDefault();
  loadAudit().catch(reportLoadFailure);
});
$('#audit-more').addEventListener('click', () => void loadAudit(true).catch(reportLoadFailure));
$('#audit-export').addEventListener('click', () => void exportAudit().catch(reportLoadFailure));

async function exportAudit(): Promise<void> {
  const text = await api<unknown>('GET', `/admin/audit/export?${auditQuery().toString()}`);
  const link = el('a', {
    href: URL.createObjectURL(new Blob([typeof text === 'string' ? text : JSON.stringify(text)], { type: 'application/x-ndjson' })),
    download: 'promptgate-audit.jsonl',
  });
  link.click();
}

/** Approval events carry no text: who decided, how, and why. */
function describeDecision(detail: StoredAuditEvent['detail']): string {
  if (!isRecord(detail) || !detail['approver']) return '';
  const text = (key: string) => {
    const value = detail[key];
    return typeof value === 'string' ? value : '';
  };
  return `${text('decision')} by ${text('approver')}: ${text('reason')}`;
}

// ---- devices ----
async function loadDevices(): Promise<void> {
  const devices = await apiAll<DeviceRow>('/admin/devices', 'devices');
  if (devices.length === 0) {
    $('#device-rows').replaceChildren(emptyRow(6, 'No devices enrolled yet. Create a one-time code above and run promptgate enroll with it.'));
    return;
  }
  $('#device-rows').replaceChildren(
    ...devices.map((d) =>
      el(
        'tr',
        { 'data-id': d.id },
        el('td', {}, d.name),
        el('td', {}, d.user),
        el('td', {}, d.groups.join(', ')),
        el('td', {}, when(d.enrolledAt)),
        el('td', {}, d.revoked ? 'revoked' : when(d.lastSeenAt)),
        el('td', {}, d.revoked ? '' : el('button', { class: 'secondary small', onclick: () => void revokeDevice(d).catch(reportLoadFailure) }, 'Revoke')),
      ),
    ),
  );
}

async function revokeDevice(device: DeviceRow): Promise<void> {
  const confirmed = await confirmAction({
    title: `Revoke ${device.name}?`,
    text: `The gateway of ${device.user} on ${device.name} can no longer fetch policy, ship audit events or forward holds. It takes a new enrollment code to bring it back.`,
    confirmLabel: 'Revoke device',
  });
  if (!confirmed) return;
  const status = $('#device-status');
  try {
    await api('DELETE', `/admin/devices/${encodeURIComponent(device.id)}`);
    showStatus(status, `Revoked ${device.name} of ${device.user}.`, false);
  } catch (error) {
    showStatus(status, messageOf(error), true);
  }
  await loadDevices();
}

$('#key-rotate').addEventListener('click', () => void rotateKey());

async function rotateKey(): Promise<void> {
  const checkbox = $<HTMLInputElement>('#key-compromised');
  const compromised = checkbox.checked;
  const confirmed = await confirmAction({
    title: compromised ? 'Retire the signing key as stolen?' : 'Rotate the signing key?',
    text: compromised
      ? 'A new key signs the policy from now on, and gateways that follow the handover refuse anything the old key signs, even a higher version. Publish the policy you want in force afterwards.'
      : 'A new key signs the policy from now on. The old key endorses it, so gateways move over on their next fetch.',
    confirmLabel: compromised ? 'Retire and rotate' : 'Rotate key',
  });
  if (!confirmed) return;
  const status = $('#key-status');
  try {
    const rotated = await api<RotatedKey>('POST', '/admin/keys/rotate', { compromised });
    showStatus(
      status,
      `New signing key ${rotated.fingerprint}; policy version ${rotated.version} re-signed with it.${compromised ? ' The old key is retired as compromised.' : ''}`,
      false,
    );
    checkbox.checked = false;
  } catch (error) {
    showStatus(status, messageOf(error), true);
  }
}

$<HTMLFormElement>('#code-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void issueCode(new FormData(event.currentTarget as HTMLFormElement));
});

async function issueCode(form: FormData): Promise<void> {
  const out = $('#code-out');
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  const groups = field('groups')
    .split(',')
    .map((g) => g.trim())
    .filter(Boolean);
  try {
    const issued = await api<IssuedCode>('POST', '/admin/enrollment-codes', { user: field('user'), groups });
    // The fingerprint travels with the code, so the device can tell the org's real key from one swapped in transit.
    out.textContent = `${issued.code}  (valid until ${new Date(issued.expiresAt).toLocaleTimeString()}; org key ${issued.fingerprint}): promptgate enroll --server ${location.origin} --code ${issued.code} --fingerprint ${issued.fingerprint}`;
    await loadDevices();
  } catch (error) {
    out.textContent = messageOf(error);
  }
}

void boot();
