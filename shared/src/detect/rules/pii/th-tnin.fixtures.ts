import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '3-7162-00537-05-2',
    { text: 'Thai ID: 5383456601032', secret: '5383456601032' },
    { text: 'เลขประจำตัวประชาชน 1-6357-37480-90-1', secret: '1-6357-37480-90-1' },
    // Thirteen bare digits after a Thai label.
    { text: 'เลขประจำตัวประชาชน: 5383456601032', secret: '5383456601032' },
    { text: 'เลขบัตรประชาชน 5383456601032', secret: '5383456601032' },
  ],
  negative: ['3-7162-00537-05-3', 'ts 5383456601032', '9-7162-00537-05-2', 'build 3-7162-00537-05-2-1'],
};
export default fixtures;
