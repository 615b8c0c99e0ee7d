import type { TabStatus } from '../messages/protocol';

const LABELS: Array<[keyof TabStatus['counts'], string]> = [
  ['allow', 'Sent as is'],
  ['redact', 'Sent redacted'],
  ['warn', 'Warned'],
  ['hold', 'Held for approval'],
  ['block', 'Blocked'],
  ['unavailable', 'Not sent (gateway unavailable)'],
];

function set(doc: Document, id: string, text: string): void {
  const node = doc.getElementById(id);
  if (node) node.textContent = text;
}

/** Fills the popup from the background's status; text only, nothing from the network becomes markup. */
export function renderStatus(doc: Document, status: TabStatus): void {
  doc.getElementById('dot')?.classList.toggle('on', status.connected);
  set(doc, 'connection', status.connected ? 'Connected to the gateway' : status.paired ? 'Gateway not reachable' : 'Not paired — open Options');
  set(doc, 'policy', status.policy ? `${status.policy.name} v${status.policy.version}` : 'unknown');
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
  const link = doc.getElementById('ui');
  // The UI needs the per-launch key the gateway printed; its address is the best a link can do.
  if (link instanceof HTMLAnchorElement) link.href = `${status.gatewayUrl}/ui/`;
}
