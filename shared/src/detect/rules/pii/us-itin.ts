import { scannerRule } from '../../define';
import { labelled, labels } from './scan/label';
import { SSN_LABELS, ssnShapeConfidence, ssnShapedNumbers } from './scan/ssn-shape';
import { isUsItin } from './validate/itin';

const ITIN_LABELS = labels(['itin', 'itins', 'individual taxpayer', 'taxpayer id', 'taxpayer identification', 'tin', 'tax id']);

export const usItin = scannerRule({
  id: 'us-itin',
  title: 'US Individual Taxpayer Identification Number (ITIN)',
  category: 'pii',
  severity: 'high',
  confidence: 0.8,
  *scan(text) {
    for (const candidate of ssnShapedNumbers(text, true)) {
      if (!isUsItin(candidate.digits)) continue;
      const isLabelled = labelled(text, candidate.start, ITIN_LABELS);
      // Labelled an SSN (and not a taxpayer number), a 9xx number is an invalid SSN, as in test data.
      if (!isLabelled && labelled(text, candidate.start, SSN_LABELS)) continue;
      if (candidate.sep === -1 && !isLabelled) continue;
      yield { start: candidate.start, end: candidate.end, confidence: ssnShapeConfidence(candidate.sep, isLabelled) };
    }
  },
});
