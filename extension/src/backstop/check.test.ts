import { describe, expect, it } from 'vitest';
import { PageApprovals } from '../content/page-approvals';
import { checkPieces } from './check';
import { leavesOf } from './json-leaves';

const TOKEN = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';
const EMAIL = 'dana.kowalski@fabrikam-mail.com';
const body = (text: string, extra: Record<string, unknown> = {}) => JSON.stringify({ model: 'auto', messages: [{ role: 'user', content: text }], ...extra });

describe('checkPieces', () => {
  it('flags a secret inside a JSON body, as the string it is', () => {
    const { flagged } = checkPieces([{ kind: 'text', text: body(`deploy with\n${TOKEN}`) }], new PageApprovals());
    expect(flagged.map((f) => f.leaf.text)).toEqual([`deploy with\n${TOKEN}`]);
    expect(flagged[0]!.findings.map((f) => f.category)).toEqual(['secret']);
  });

  it('passes a body the gate approved, and a value that was in an approved prompt', () => {
    const approvals = new PageApprovals();
    approvals.approve(`use ${TOKEN} please`);
    expect(checkPieces([{ kind: 'text', text: body(`use ${TOKEN} please`) }], approvals).flagged).toEqual([]);
    expect(checkPieces([{ kind: 'text', text: body(`again: ${TOKEN}`) }], approvals).flagged).toEqual([]);
  });

  it('stops personal data the person put in the page, and leaves the site\u2019s own alone', () => {
    const approvals = new PageApprovals();
    expect(checkPieces([{ kind: 'text', text: body('hi', { account: EMAIL }) }], approvals).flagged).toEqual([]);
    approvals.noteEntered(`write to ${EMAIL}`);
    expect(checkPieces([{ kind: 'text', text: body(`write to ${EMAIL}`) }], approvals).flagged).toHaveLength(1);
  });

  it('stops personal data a page script sends from the composer before the person sends it, reading the composer once', () => {
    const approvals = new PageApprovals();
    let reads = 0;
    approvals.readComposerWith(() => {
      reads++;
      return `draft: call me at ${EMAIL}`;
    });
    // An autosave of the draft, the address in two fields: nothing noted yet, but the composer holds the value.
    expect(checkPieces([{ kind: 'text', text: body(`draft: call me at ${EMAIL}`, { to: EMAIL }) }], approvals).flagged).toHaveLength(2);
    expect(reads).toBe(1);
    // The site's own request with another address: read once more, and left alone.
    expect(checkPieces([{ kind: 'text', text: body('hi', { account: 'owner@fabrikam-mail.com' }) }], approvals).flagged).toEqual([]);
    expect(reads).toBe(2);
  });

  it('stops a loose guess (a password assignment) only when the person typed or pasted it', () => {
    const assignment = 'db_password = "Tr0ub4dor&3-horse-staple"';
    const approvals = new PageApprovals();
    expect(checkPieces([{ kind: 'text', text: body(assignment) }], approvals).flagged).toEqual([]);
    approvals.noteEntered(`config:\n${assignment}`);
    expect(checkPieces([{ kind: 'text', text: body(assignment) }], approvals).flagged).toHaveLength(1);
  });

  it('rewrites only the flagged string and keeps the body JSON', () => {
    const check = checkPieces([{ kind: 'text', text: body(`token ${TOKEN}`, { attachments: [{ extracted_content: 'clean' }] }) }], new PageApprovals());
    check.flagged[0]!.leaf.set('token [GITHUB_PAT_1]');
    expect(JSON.parse(check.views[0]!.serialize())).toEqual(JSON.parse(body('token [GITHUB_PAT_1]', { attachments: [{ extracted_content: 'clean' }] })));
  });

  it('reads JSON inside a JSON string, and writes it back as a string', () => {
    const inner = JSON.stringify([[`line one\n${TOKEN}`, 0, null]]);
    const view = leavesOf(JSON.stringify([null, inner]));
    expect(view.leaves.map((l) => l.text)).toEqual([`line one\n${TOKEN}`]);
    view.leaves[0]!.set('line one\n[GITHUB_PAT_1]');
    expect(view.serialize()).toBe(JSON.stringify([null, JSON.stringify([['line one\n[GITHUB_PAT_1]', 0, null]])]));
  });

  it('checks a non-JSON body whole', () => {
    const view = leavesOf(`plain ${TOKEN}`);
    expect(view.leaves.map((l) => l.text)).toEqual([`plain ${TOKEN}`]);
    expect(leavesOf('{not json').leaves.map((l) => l.text)).toEqual(['{not json']);
  });
});
