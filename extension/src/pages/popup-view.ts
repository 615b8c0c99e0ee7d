import type { TabStatus } from '../messages/protocol';

const CONTROL_NAMES: Record<TabStatus['degraded'][number], string> = { composer: 'chat box', 'send-button': 'send button' };

/** Why the tab is less protected than usual, in an employee's words; empty when it is not. */
export function degradedText(degraded: TabStatus['degraded']): string {
  if (degraded.length === 0) return '';
  const names = degraded.map((control) => CONTROL_NAMES[control]).join(' and ');
  return `Protection is degraded on this tab: promptgate cannot see this page\u2019s ${names}. Each prompt is still checked before it leaves, and the page change is reported to your IT team.`;
}

const LABELS: Array<[keyof TabStatus['counts'], string]> = [
  ['allow', 'Sent as is'],
  ['redact', 'Sent redacted'],
  ['warn', 'Warned'],
  ['hold', 'Held for approval'],
  ['block', 'Blocked'],
  ['unavailable', 'Not sent (promptgate was not running)'],
];

function set(doc: Document, id: string, text: string): void {
  const node = doc.getElementById(id);
  if (node) node.textContent = text;
}

/** Fills the popup from the background's status; text only, nothing from the network becomes markup. */
export function renderStatus(doc: Document, status: TabStatus): void {
  doc.getElementById('dot')?.classList.toggle('on', status.connected);
  // The options page shows this too, next to its pairing form: the line says what is, not where to go.
  set(
    doc,
    'connection',
    status.connected ? 'promptgate is running on this computer' : status.paired ? 'promptgate is not running on this computer' : 'Not paired with promptgate yet',
  );
  set(doc, 'policy', status.policy ? `${status.policy.name} v${status.policy.version}` : 'unknown');
  const degraded = doc.getElementById('degraded');
  if (degraded) {
    degraded.textContent = degradedText(status.degraded);
    degraded.hidden = status.degraded.length === 0;
  }
  set(doc, 'failmode', status.policy?.failMode === 'open' ? 'scan locally and redact (open)' : 'do not send (closed)');
  const table = doc.getElementById('counts');
  if (table) {
    table.replaceChildren();
    for (const [key, label] of LABELS) {
      const row = doc.createElement('tr');
      const name = doc.createElement('td');
      name.textContent = label;
      const value = doc.createElement('td');
      value.textContent = String(status.counts[key] ?? 0);
      value.dataset['verdict'] = key;
      row.append(name, value);
      table.append(row);
    }
  }
  // Only a paired browser can get a signed-in link to the promptgate window; an unpaired one is offered pairing.
  const ui = doc.getElementById('ui');
  if (ui) ui.hidden = !status.paired;
  set(doc, 'options', status.paired ? 'Options' : 'Pair this browser');
}
