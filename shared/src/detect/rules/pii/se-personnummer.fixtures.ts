import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    // A label after the value, in the same sentence.
    { text: '199109242397 är mitt personnummer.', secret: '199109242397' },
    { text: 'Personnummer: 811218-9876', secret: '811218-9876' },
    { text: 'personnummer 19811218-9876 (Anna Svensson)', secret: '19811218-9876' },
    { text: 'namn,personnr\nErik,6403273813\n', secret: '6403273813' },
    { text: 'samordningsnummer 701063-2391', secret: '701063-2391' },
    { text: 'personal identity code: 811218-9876', secret: '811218-9876' },
  ],
  negative: [
    'Personnummer: 811218-9877',
    'order 811218-9876 shipped',
    'personnummer 18811218-9876',
    'build 20240115-0042',
  ],
};
export default fixtures;
