import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'Please bill it to our GSTIN 27AAPFU0939F1ZV, thanks', secret: '27AAPFU0939F1ZV' },
    { text: 'vendor,state,gst_no\nKumar Traders,KA,29ABCPK1234L1ZO\n', secret: '29ABCPK1234L1ZO' },
    { text: 'Invoice from 07AAACR5055K1Z9 dated 12/03/2024', secret: '07AAACR5055K1Z9' },
    // The check fails, as in most made-up test values: the label names it.
    { text: '{"gstin": "27ABCDE1234F1Z5", "pan": "ABCDE1234F"}', secret: '27ABCDE1234F1Z5' },
    { text: 'GST Registration No: 33bnzpm2501f2z0', secret: '33bnzpm2501f2z0' },
    // The PAN inside is not found on its own, so the whole GSTIN is.
    { text: 'PAN card AAPFU0939F, GSTIN/UIN 27AAPFU0939F1ZV', secret: '27AAPFU0939F1ZV' },
  ],
  negative: [
    // The check fails, unlabelled.
    'Invoice from 27AAPFU0939F1ZO dated 12/03/2024',
    // No state 00; no Z in the fourteenth place, even labelled.
    '00AAPFU0939F1ZV, GSTIN: 27AAPFU0939F1AV',
    // Part of a longer token.
    'X27AAPFU0939F1ZV 27AAPFU0939F1ZV9 id_27AAPFU0939F1ZV',
    // Lower case without a label.
    'ref 27aapfu0939f1zv',
    // A part number of the same length.
    'part 12ABCDE3456F7Z8 in stock',
  ],
};
export default fixtures;
