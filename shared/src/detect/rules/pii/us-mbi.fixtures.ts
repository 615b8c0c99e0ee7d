import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'Hi, my Medicare number is 1EG4-TE5-MK73, can you check my Part B coverage?', secret: '1EG4-TE5-MK73' },
    { text: 'member_name,mbi,plan\nRobert Hale,5TW9XN3KJ21,MA-PD\n', secret: '5TW9XN3KJ21' },
    { text: '{"beneficiary": {"name": "Ann Price", "medicareBeneficiaryId": "2C34D56EF78"}}', secret: '2C34D56EF78' },
    { text: 'Medicare Beneficiary Identifier:\n8kp2-rq7-yt05', secret: '8kp2-rq7-yt05' },
    { text: 'sorry for the typo, 7vf3ka8pm60 is my MBI', secret: '7vf3ka8pm60' },
    // The layout in capitals counts on its own.
    { text: 'claim denied for 3HN7WD2AX94, resubmit with the corrected date of service', secret: '3HN7WD2AX94' },
  ],
  negative: [
    // S, L, O, I, B or Z where a letter goes.
    'MBI: 1SG4-TE5-MK73, MBI 1EL4TE5MK73, MBI 1EG4TE5BK73',
    // A letter where a digit goes, and a 0 first.
    'MBI: 1EGATE5MK73 and 0EG4TE5MK73',
    // Inside a longer token, a path or a file name.
    'build X1EG4TE5MK73 from /files/1EG4TE5MK73/ and open 1EG4TE5MK73.pdf',
    // Lower case without a label, and mixed case with one.
    'ticket 1eg4-te5-mk73 closed; MBI 1Eg4Te5Mk73',
    // An Australian Medicare number and a phone number.
    'Medicare card: 5148 85861 1, call 1-800-633-4227',
  ],
};
export default fixtures;
