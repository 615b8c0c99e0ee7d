import { anchoredScannerRule } from '../../../define';
import type { ScannerRule } from '../../../rule';
import type { Severity } from '../../../types';
import type { IdToken } from './id-token';
import { forEachLabelledIdToken } from './id-token-memo';
import { anchorsOf, labelled, type Labels } from './label';
import { LabelRegions } from './label-regions';

/**
 * A document number of upper-case letters and digits with no public check worth the name (a passport, a
 * licence, an identity card): found only right after one of its labels.
 */
export interface LabelledTokenSpec {
  id: string;
  title: string;
  severity: Severity;
  confidence: number;
  labels: Labels;
  /** Token lengths, dashes included. */
  minLength: number;
  maxLength: number;
  /** Whether groups joined by single dashes make one token (`D123-4567-8901`). */
  dashes: boolean;
  /** The token's own test (how many digits, its shape, a check digit), asked before its label is. */
  accept: (text: string, token: IdToken) => boolean;
}

/** A rule that finds a labelled document number (see `LabelledTokenSpec`), only where its labels can reach. */
export function labelledTokenRule(spec: LabelledTokenSpec): ScannerRule {
  const { labels, minLength, maxLength, dashes, accept } = spec;
  return anchoredScannerRule({
    id: spec.id,
    title: spec.title,
    category: 'pii',
    severity: spec.severity,
    confidence: spec.confidence,
    anchors: anchorsOf(labels),
    scan(text, anchorStarts) {
      const hits: Array<{ start: number; end: number }> = [];
      forEachLabelledIdToken(text, minLength, maxLength, dashes, new LabelRegions(text, anchorStarts, labels), (token) => {
        if (accept(text, token) && labelled(text, token.start, labels)) hits.push({ start: token.start, end: token.end });
      });
      return hits;
    },
  });
}
