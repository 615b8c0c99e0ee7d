import { anchoredScannerRule, scannerRule } from '../../../define';
import type { ScannerRule } from '../../../rule';
import type { Severity } from '../../../types';
import { forEachGroupedNumber, type GroupedNumber } from './grouped';
import { anchorsOf, labelled, labelledAfter, type Labels } from './label';
import { LabelRegions } from './label-regions';

/** An all-digit national identifier: its printed shapes, its checksum, and when it needs a label. */
export interface DigitIdSpec {
  id: string;
  title: string;
  severity: Severity;
  /** Digit counts per group, `[3, 3, 4]`; `[10]` for the bare form. */
  shapes: readonly (readonly number[])[];
  /** Characters that may join the groups (one kind per number). */
  separators: string;
  /** The checksum and structure test, on the digits alone. */
  valid: (digits: string) => boolean;
  labels: Labels;
  /**
   * Whether this printing of a valid number needs a label to count. `true` for every printing when the
   * checksum is weak (1 in 10 or 11 random numbers pass): then the rule runs only on texts with a label word.
   */
  needsLabel: true | ((found: GroupedNumber) => boolean);
  /** Confidence when labelled, and when found on its shape and checksum alone. */
  confidence: { labelled: number; unlabelled?: number };
}

/**
 * How far before a label's anchor a number it names from after may start: the longest printed number (a dozen
 * digits and their separators) and the words between (`… är mitt`, `… is my`).
 */
const AFTER_VALUE_REACH = 40;

/** A rule that finds a checksummed all-digit identifier in its printed shapes. */
export function digitIdRule(spec: DigitIdSpec): ScannerRule {
  const { id, title, severity, shapes, separators, valid, labels, needsLabel, confidence } = spec;
  function scan(text: string, anchorStarts?: ArrayLike<number>) {
    // Where a label can reach, from where the engine saw its anchors (a set without anchors: anywhere).
    const regions = anchorStarts !== undefined ? new LabelRegions(text, anchorStarts, labels, AFTER_VALUE_REACH) : undefined;
    const hits: Array<{ start: number; end: number; confidence: number }> = [];
    // A number that always needs a label is looked at only where one can reach: passed over before the visit.
    const labelOnly = needsLabel === true;
    forEachGroupedNumber(text, shapes, separators, labelOnly ? regions : undefined, (found) => {
      const reachable = labelOnly || regions === undefined || regions.covers(found.start);
      if (labelOnly || needsLabel(found)) {
        // The label first: it is known per value for every rule that asks, a checksum is worked out per rule.
        if (reachable && (labelled(text, found.start, labels) || labelledAfter(text, found.end, labels)) && valid(found.digits())) {
          hits.push({ start: found.start, end: found.end, confidence: confidence.labelled });
        }
        return;
      }
      if (!valid(found.digits())) return;
      const named = reachable && (labelled(text, found.start, labels) || labelledAfter(text, found.end, labels));
      hits.push({ start: found.start, end: found.end, confidence: named ? confidence.labelled : (confidence.unlabelled ?? 0.6) });
    });
    return hits;
  }
  const base = { id, title, category: 'pii' as const, severity, confidence: confidence.labelled };
  if (labels.anchors === undefined) {
    if (needsLabel === true) throw new Error(`rule ${id}: a number that always needs a label needs label anchors`);
    return scannerRule({ ...base, scan });
  }
  // A number that needs no label in some printing is looked for in every text; the anchors then say where a
  // label may be, so the label-needing printings are read only there.
  return anchoredScannerRule({ ...base, anchors: anchorsOf(labels), runsWithoutAnchors: needsLabel !== true, scan });
}
