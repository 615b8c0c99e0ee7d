import { detect, type Finding } from '@promptgate/shared';
import type { PageApprovals } from '../content/page-approvals';
import type { Piece } from './channel';
import { leavesOf, type Leaf, type LeafView } from './json-leaves';

/** Shorter strings cannot hold any value the engine finds; they are not scanned. */
const MIN_SCANNED_LENGTH = 6;
/** Secrets this sure (prefixed formats: `ghp_`, `AKIA`, `sk-ant-`) stop a body wherever they come from. */
const SURE_ENOUGH_ANYWHERE = 0.9;

export interface FlaggedLeaf {
  piece: number;
  leaf: Leaf;
  findings: Finding[];
}

export interface BodyCheck {
  flagged: FlaggedLeaf[];
  views: LeafView[];
}

/**
 * A finding stops a body unless the gate already let its value through. A well-formed secret stops it
 * wherever it comes from; personal data and the engine's looser guesses (a generic `password=` assignment)
 * only when the person put the value in the page (a paste, a file, the composer), because the site's own
 * requests carry the signed-in person's email and the site's own opaque tokens all the time.
 */
function unapproved(text: string, finding: Finding, approvals: PageApprovals, composer: { read: boolean }): boolean {
  const value = text.slice(finding.start, finding.end);
  if (approvals.isApprovedValue(value)) return false;
  if ((finding.category === 'secret' && finding.confidence >= SURE_ENOUGH_ANYWHERE) || approvals.wasEntered(value)) return true;
  // Typed but not sent yet: the composer is read (once per body) only when a value cannot be placed otherwise,
  // so the site's own traffic costs no read unless it carries personal data.
  if (composer.read) return false;
  composer.read = true;
  return approvals.noteComposerNow() && approvals.wasEntered(value);
}

/** Scans the strings of each piece with the bundled engine; what it returns flagged has not been approved. */
export function checkPieces(pieces: readonly Piece[], approvals: PageApprovals): BodyCheck {
  const flagged: FlaggedLeaf[] = [];
  const views: LeafView[] = [];
  const composer = { read: false };
  pieces.forEach((piece, index) => {
    // A file or a prompt the gate already let through, sent as it was: nothing to scan again.
    const view = approvals.isApprovedText(piece.text) ? { leaves: [], serialize: () => piece.text } : leavesOf(piece.text);
    views.push(view);
    for (const leaf of view.leaves) {
      if (leaf.text.length < MIN_SCANNED_LENGTH || approvals.isApprovedText(leaf.text)) continue;
      const findings = detect(leaf.text).filter((finding) => unapproved(leaf.text, finding, approvals, composer));
      if (findings.length) flagged.push({ piece: index, leaf, findings });
    }
  });
  return { flagged, views };
}
