import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'My licence is MORGA657054SM9IJ, can you check the hire form?', secret: 'MORGA657054SM9IJ' },
    { text: 'employee_id,name,licence\n1042,Anne Fox,FO999512018AA1AB\n', secret: 'FO999512018AA1AB' },
    { text: '{"holder": "T. Jones", "dvla_number": "JONES710153J99EF"}', secret: 'JONES710153J99EF' },
    { text: 'Licence no.: smith802290ab1cd', secret: 'smith802290ab1cd' },
    { text: 'DVLA check passed for SMIT9801015JK2CD (expires 2031)', secret: 'SMIT9801015JK2CD' },
    // Under the generic licence rule's label too: the layout names it more exactly.
    { text: 'driving licence number MORGA657054SM9IJ', secret: 'MORGA657054SM9IJ' },
  ],
  negative: [
    // Months 13 and 50, 31 April.
    'MORGA613054SM9IJ MORGA650054SM9IJ SMITH804310AB1CD',
    // Part of a longer token.
    'XMORGA657054SM9IJ MORGA657054SM9IJ2 ref_MORGA657054SM9IJ',
    // Lower and mixed case without a label.
    'morga657054sm9ij Morga657054SM9IJ',
    // Padding 9s before a letter of the surname.
    'MO9GA657054SM9IJ',
    // A product code of the same length: month 23.
    'order ABCDE123456AB1CD shipped',
  ],
};
export default fixtures;
