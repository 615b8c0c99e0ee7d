import { scannerRule } from '../../define';
import { labelled, labelledAfter, labels } from './scan/label';
import { SSN_LABELS, ssnShapeConfidence, ssnShapedNumbers } from './scan/ssn-shape';
import { isUsSsn } from './validate/ssn';

/** An SSN is also a taxpayer identification number. */
const SSN_OR_TIN_LABELS = labels([...SSN_LABELS.keywords, 'taxpayer id', 'tin']);

export const usSsn = scannerRule({
  id: 'us-ssn',
  title: 'US Social Security number',
  category: 'pii',
  severity: 'high',
  confidence: 0.8,
  *scan(text) {
    for (const candidate of ssnShapedNumbers(text, false)) {
      if (!isUsSsn(candidate.digits)) continue;
      const isLabelled = labelled(text, candidate.start, SSN_OR_TIN_LABELS) || labelledAfter(text, candidate.end, SSN_OR_TIN_LABELS);
      // Nine bare digits are an SSN only when labelled.
      if (candidate.sep === -1 && !isLabelled) continue;
      yield { start: candidate.start, end: candidate.end, confidence: ssnShapeConfidence(candidate.sep, isLabelled) };
    }
  },
});
