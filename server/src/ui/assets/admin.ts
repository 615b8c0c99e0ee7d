// The admin UI: plain ES module, no build step. Talks to the admin API with a bearer token: from the identity
// provider's sign-in, or pasted (kept in sessionStorage: gone when the tab closes). Everything shown is set as
// text, never as HTML.
import { finishSignIn, signInAnswer, startSignIn } from './oidc-sign-in.js';

const $ = (selector) => document.querySelector(selector);
const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) node.append(child instanceof Node ? child : document.createTextNode(String(child ?? '')));
  return node;
};
const when = (ms) => (ms ? new Date(ms).toLocaleString() : '—');

let token = sessionStorage.getItem('pg-admin-token') ?? '';

async function api(method, path, body, type = 'application/json') {
  const response = await fetch(path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': type } : {}) },
    ...(body !== undefined ? { body: type === 'application/json' ? JSON.stringify(body) : body } : {}),
  });
  const data = response.headers.get('content-type')?.includes('json') ? await response.json() : await response.text();
  if (!response.ok) throw Object.assign(new Error(data?.error?.message ?? `HTTP ${response.status}`), { status: response.status, data });
  return data;
}

/** Every page of an admin list (`nextCursor` to the next), as one array: the server answers a page at a time. */
async function apiAll(path, key) {
  const items = [];
  let cursor;
  // A bound, so a server that keeps answering a cursor cannot keep the page loading forever.
  for (let page = 0; page < 100; page++) {
    const separator = path.includes('?') ? '&' : '?';
    const data = await api('GET', `${path}${separator}limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    items.push(...data[key]);
    cursor = data.nextCursor;
    if (!cursor) break;
  }
  return items;
}

/**
 * Asks before something that cannot be taken back from here (a restore publishes, a revoke cuts a device off).
 * A modal <dialog>: focus stays inside, Escape cancels, and only the confirm button resolves true.
 */
function confirmAction({ title, text, confirmLabel }) {
  const dialog = $('#confirm');
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
const emptyRow = (columns, text) => el('tr', {}, el('td', { colspan: String(columns), class: 'empty' }, text));

// ---- sign-in and tabs ----
async function signIn() {
  try {
    const me = await api('GET', '/admin/me');
    $('#signin').hidden = true;
    $('#tabs').hidden = false;
    $('#signout').hidden = false;
    $('#who').textContent = `${me.name} · ${me.roles.join(', ')}`;
    document.body.dataset.roles = me.roles.join(' ');
    showTab();
    startLive();
  } catch (error) {
    $('#signin').hidden = false;
    if (!token) return;
    if (error.status === 403) $('#signin-error').textContent = `You are signed in, but not allowed in here: ${error.message}.`;
    else if (error.status === 401) $('#signin-error').textContent = idp ? 'The server did not accept your sign-in (expired, or not meant for this server). Sign in again.' : 'That token was not accepted.';
    else $('#signin-error').textContent = error.message;
  }
}

/** The IdP the server names for sign-in, or null: then a token is pasted (quick start, or no UI client). */
let idp = null;

async function boot() {
  try {
    const response = await fetch('/admin/ui/sign-in.json');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    ({ oidc: idp } = await response.json());
  } catch (error) {
    $('#signin').hidden = false;
    $('#signin-error').textContent = `The server's sign-in settings could not be read (${error.message}). Reload to try again.`;
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
      $('#signin-error').textContent = error.message;
      return;
    }
  }
  if (token) await signIn();
  else $('#signin').hidden = false;
}

$('#signin-idp-button').addEventListener('click', async () => {
  $('#signin-error').textContent = '';
  try {
    await startSignIn(idp);
  } catch (error) {
    $('#signin-error').textContent = error.message;
  }
});

// A fresh page: no token in memory, no live stream, no data of the last person left on screen.
$('#signout').addEventListener('click', () => {
  sessionStorage.removeItem('pg-admin-token');
  location.replace('/admin/ui/');
});

$('#signin-form').addEventListener('submit', (event) => {
  event.preventDefault();
  token = $('#token-input').value.trim();
  sessionStorage.setItem('pg-admin-token', token);
  void signIn();
});

const loaders = { policy: loadPolicy, approvals: loadApprovals, audit: loadAudit, devices: loadDevices };
function showTab() {
  const isAdmin = (document.body.dataset.roles ?? '').includes('admin');
  let tab = location.hash.slice(1) || (isAdmin ? 'policy' : 'approvals');
  if (!loaders[tab]) tab = 'policy';
  for (const link of document.querySelectorAll('nav a')) {
    link.classList.toggle('active', link.dataset.tab === tab);
    if (link.dataset.tab !== 'approvals') link.hidden = !isAdmin;
  }
  for (const view of document.querySelectorAll('.view')) view.hidden = view.id !== `view-${tab}`;
  void loaders[tab]();
}
window.addEventListener('hashchange', showTab);

// ---- policy editor ----
let validateTimer;
async function loadPolicy() {
  const { policy } = await api('GET', '/admin/policy');
  $('#policy-current').textContent = `in force: version ${policy.version} by ${policy.author}`;
  if (!$('#policy-text').dataset.loaded) {
    $('#policy-text').value = policy.text;
    $('#policy-format').value = policy.format;
    $('#policy-text').dataset.loaded = '1';
    renderGutter([]);
  }
  await loadHistory();
}

function renderGutter(errors) {
  const bad = new Set(errors.map((e) => e.line).filter(Boolean));
  const lines = $('#policy-text').value.split('\n').length;
  const gutter = $('#gutter');
  gutter.replaceChildren(...Array.from({ length: lines }, (_, i) => [el('span', bad.has(i + 1) ? { class: 'bad' } : {}, String(i + 1)), '\n']).flat());
  gutter.scrollTop = $('#policy-text').scrollTop;
}

function renderErrors(errors) {
  const list = $('#policy-errors');
  if (errors.length === 0) list.replaceChildren(el('li', { class: 'ok' }, '✓ valid policy'));
  else list.replaceChildren(...errors.map((e) => el('li', {}, e.line ? `line ${e.line}: ` : '', el('code', {}, e.path || '(document)'), ` — ${e.message}`)));
  renderGutter(errors);
  $('#policy-publish').disabled = errors.length > 0;
}

async function validate() {
  const format = $('#policy-format').value;
  const result = await api('POST', '/admin/policy/validate', $('#policy-text').value, format === 'json' ? 'application/json' : 'application/yaml');
  renderErrors(result.errors);
}

$('#policy-text').addEventListener('input', () => {
  renderGutter([]);
  clearTimeout(validateTimer);
  validateTimer = setTimeout(() => void validate(), 250);
});
$('#policy-text').addEventListener('scroll', () => ($('#gutter').scrollTop = $('#policy-text').scrollTop));
$('#policy-format').addEventListener('change', () => void validate());
$('#policy-publish').addEventListener('click', async () => {
  const status = $('#policy-status');
  const format = $('#policy-format').value;
  try {
    const { version } = await api('PUT', `/admin/policy?comment=${encodeURIComponent($('#policy-comment').value)}`, $('#policy-text').value, format === 'json' ? 'application/json' : 'application/yaml');
    status.className = 'status';
    status.textContent = `Published version ${version.version}. Gateways pick it up within a minute.`;
    $('#policy-comment').value = '';
    await loadPolicy();
  } catch (error) {
    status.className = 'status error';
    status.textContent = error.message;
    if (error.data?.error?.errors) renderErrors(error.data.error.errors);
  }
});

async function loadHistory() {
  const { versions } = await api('GET', '/admin/policy/versions');
  $('#history').replaceChildren(
    ...versions.map((v, i) =>
      el(
        'li',
        {},
        el('span', { class: 'v' }, `v${v.version}`),
        el('span', { class: 'meta' }, v.comment || '(no comment)', el('div', {}, `${v.author} · ${when(v.createdAt)}${v.rollbackOf ? ` · rollback to v${v.rollbackOf}` : ''}`)),
        versions[i + 1] ? el('button', { class: 'secondary', onclick: () => void showDiff(versions[i + 1].version, v.version) }, 'diff') : '',
        i > 0 ? el('button', { class: 'secondary', onclick: () => void rollback(v.version) }, 'restore') : '',
      ),
    ),
  );
}

async function showDiff(from, to) {
  const { lines } = await api('GET', `/admin/policy/diff?from=${from}&to=${to}`);
  $('#diff-title').hidden = false;
  $('#diff-title').textContent = `v${from} → v${to}`;
  $('#diff').hidden = false;
  $('#diff').replaceChildren(...lines.filter((l) => l.op !== ' ' || lines.length < 60).map(diffLine));
}

/** A diff line; on a changed line the part that differs from its counterpart is marked. */
function diffLine(l) {
  const props = { class: l.op === '+' ? 'add' : l.op === '-' ? 'del' : '' };
  if (!l.changed || l.changed.end <= l.changed.start) return el('span', props, `${l.op} ${l.text}\n`);
  const { start, end } = l.changed;
  return el('span', props, `${l.op} ${l.text.slice(0, start)}`, el('mark', {}, l.text.slice(start, end)), `${l.text.slice(end)}\n`);
}

async function rollback(version) {
  const { policy } = await api('GET', '/admin/policy');
  const confirmed = await confirmAction({
    title: `Restore version ${version}?`,
    text: `This publishes the content of version ${version} as a new version, replacing version ${policy.version} on every gateway.`,
    confirmLabel: `Restore version ${version}`,
  });
  if (!confirmed) return;
  const { version: made } = await api('POST', '/admin/policy/rollback', { version, comment: `restore version ${version}` });
  $('#policy-status').className = 'status';
  $('#policy-status').textContent = `Published version ${made.version} with the content of version ${version}.`;
  $('#policy-text').dataset.loaded = '';
  await loadPolicy();
}

// ---- approvals, live ----
async function loadApprovals() {
  const [pending, ...byStatus] = await Promise.all([
    apiAll('/admin/approvals?status=pending', 'approvals'),
    ...['approved', 'denied', 'expired', 'cancelled'].map((status) => api('GET', `/admin/approvals?status=${status}&limit=20`)),
  ]);
  renderPending(pending);
  const decided = byStatus
    .flatMap(({ approvals }) => approvals)
    .sort((a, b) => (b.decidedAt ?? 0) - (a.decidedAt ?? 0))
    .slice(0, 20);
  if (decided.length === 0) {
    $('#decided').replaceChildren(emptyRow(6, 'Nothing decided yet.'));
    return;
  }
  $('#decided').replaceChildren(
    ...decided.map((a) => el('tr', {}, el('td', {}, when(a.decidedAt)), el('td', {}, a.user), el('td', {}, a.site), el('td', {}, el('span', { class: `verdict ${a.status === 'approved' ? 'allow' : 'block'}` }, a.status)), el('td', {}, a.decidedBy ?? ''), el('td', {}, a.reason ?? ''))),
  );
}

function renderPending(pending) {
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
      const decide = (decision) => async () => {
        try {
          await api('POST', `/admin/approvals/${a.id}/decision`, { decision, reason: reason.value });
        } catch (error) {
          errorLine.textContent = error.message;
        }
      };
      const errorLine = el('p', { class: 'error' });
      return el(
        'div',
        { class: 'approval', 'data-id': a.id },
        el('div', { class: 'head' }, el('span', { class: 'user' }, a.user), el('span', { class: 'muted' }, `${a.site} · ${a.requester}`), el('span', { class: 'expires', 'data-expires': a.expiresAt }, '')),
        el('div', {}, ...findingChips(a.findings)),
        el('blockquote', {}, a.maskedSegments.map((s) => s.text).join('\n\n')),
        el('div', { class: 'row' }, reason, el('button', { class: 'approve', onclick: decide('approve') }, 'Approve'), el('button', { class: 'deny', onclick: decide('deny') }, 'Deny')),
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
function findingChips(findings) {
  const seen = new Set();
  const chips = [];
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

function tickExpiry() {
  for (const node of document.querySelectorAll('[data-expires]')) {
    const left = Math.max(0, Math.round((Number(node.dataset.expires) - Date.now()) / 1000));
    node.textContent = left > 0 ? `expires in ${left >= 60 ? `${Math.floor(left / 60)} min ${left % 60} s` : `${left} s`}` : 'expired';
  }
}
setInterval(tickExpiry, 1000);

/** SSE over fetch (EventSource cannot send the bearer token); reconnects after a drop. */
async function startLive() {
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
          if (frame.startsWith('event: approval')) void refreshApprovals();
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

async function refreshApprovals() {
  if (!$('#view-approvals').hidden) await loadApprovals();
  else renderCountOnly();
}
async function renderCountOnly() {
  const approvals = await apiAll('/admin/approvals?status=pending', 'approvals');
  $('#pending-count').hidden = approvals.length === 0;
  $('#pending-count').textContent = String(approvals.length);
}

// ---- audit ----
function auditQuery() {
  const form = new FormData($('#audit-form'));
  const params = new URLSearchParams();
  for (const [key, value] of form) {
    if (!value) continue;
    // Days in the admin's time zone, both included: `until` is the start of the day after.
    if (key === 'since') params.set(key, String(new Date(`${value}T00:00`).getTime()));
    else if (key === 'until') params.set(key, String(new Date(`${value}T00:00`).setDate(new Date(`${value}T00:00`).getDate() + 1)));
    else params.set(key, String(value).trim());
  }
  return params;
}

/** The device filter lists every enrolled device, and the server itself (sign-in failures, revocations). */
async function loadAuditDevices() {
  const select = $('#audit-device');
  const chosen = select.value;
  const devices = await apiAll('/admin/devices', 'devices');
  select.replaceChildren(
    el('option', { value: '' }, 'Any device'),
    el('option', { value: 'server' }, 'the server itself'),
    ...devices.map((d) => el('option', { value: d.id }, `${d.name} (${d.user})${d.revoked ? ' · revoked' : ''}`)),
  );
  select.value = chosen;
}

/** Finding types seen in results so far, offered as suggestions in the finding type filter. */
const seenFindingTypes = new Set();
function rememberFindingTypes(events) {
  const before = seenFindingTypes.size;
  for (const e of events) for (const f of e.findings ?? []) seenFindingTypes.add(f.type);
  if (seenFindingTypes.size !== before) $('#finding-types').replaceChildren(...[...seenFindingTypes].sort().map((type) => el('option', { value: type })));
}

/** The next page of the current audit search, or undefined when the last one is shown. */
let auditCursor;

const auditRow = (e) =>
  el('tr', {}, el('td', {}, when(e.at)), el('td', {}, e.user), el('td', {}, e.source), el('td', {}, e.kind), el('td', {}, el('span', { class: `verdict ${e.verdict}` }, e.verdict)), el('td', { class: 'text' }, e.maskedText || describeDecision(e.detail), ...[...new Set((e.findings ?? []).map((f) => f.type))].map((type) => [' ', el('span', { class: 'chip' }, type)])));

async function loadAudit(more = false) {
  if (!more) await loadAuditDevices();
  const query = auditQuery();
  if (more && auditCursor) query.set('cursor', auditCursor);
  const { events, nextCursor } = await api('GET', `/admin/audit?${query}`);
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
  void loadAudit();
});
$('#audit-more').addEventListener('click', () => void loadAudit(true));
$('#audit-export').addEventListener('click', async () => {
  const text = await api('GET', `/admin/audit/export?${auditQuery()}`);
  const link = el('a', { href: URL.createObjectURL(new Blob([typeof text === 'string' ? text : JSON.stringify(text)], { type: 'application/x-ndjson' })), download: 'promptgate-audit.jsonl' });
  link.click();
});

/** Approval events carry no text: who decided, how, and why. */
function describeDecision(detail) {
  return detail?.approver ? `${detail.decision} by ${detail.approver}: ${detail.reason ?? ''}` : '';
}

// ---- devices ----
async function loadDevices() {
  const devices = await apiAll('/admin/devices', 'devices');
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
        el('td', {}, d.revoked ? '' : el('button', { class: 'secondary small', onclick: () => void revokeDevice(d) }, 'Revoke')),
      ),
    ),
  );
}

async function revokeDevice(device) {
  const confirmed = await confirmAction({
    title: `Revoke ${device.name}?`,
    text: `The gateway of ${device.user} on ${device.name} can no longer fetch policy, ship audit events or forward holds. It takes a new enrollment code to bring it back.`,
    confirmLabel: 'Revoke device',
  });
  if (!confirmed) return;
  const status = $('#device-status');
  try {
    await api('DELETE', `/admin/devices/${encodeURIComponent(device.id)}`);
    status.className = 'status';
    status.textContent = `Revoked ${device.name} of ${device.user}.`;
  } catch (error) {
    status.className = 'status error';
    status.textContent = error.message;
  }
  await loadDevices();
}

$('#key-rotate').addEventListener('click', async () => {
  const compromised = $('#key-compromised').checked;
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
    const rotated = await api('POST', '/admin/keys/rotate', { compromised });
    status.className = 'status';
    status.textContent = `New signing key ${rotated.fingerprint}; policy version ${rotated.version} re-signed with it.${compromised ? ' The old key is retired as compromised.' : ''}`;
    $('#key-compromised').checked = false;
  } catch (error) {
    status.className = 'status error';
    status.textContent = error.message;
  }
});
$('#code-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const groups = String(form.get('groups') ?? '').split(',').map((g) => g.trim()).filter(Boolean);
  const issued = await api('POST', '/admin/enrollment-codes', { user: String(form.get('user')), groups });
  // The fingerprint travels with the code, so the device can tell the org's real key from one swapped in transit.
  $('#code-out').textContent = `${issued.code}  (valid until ${new Date(issued.expiresAt).toLocaleTimeString()}; org key ${issued.fingerprint}): promptgate enroll --server ${location.origin} --code ${issued.code} --fingerprint ${issued.fingerprint}`;
  await loadDevices();
});

void boot();
