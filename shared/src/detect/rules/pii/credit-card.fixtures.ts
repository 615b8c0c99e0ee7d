import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '4950 0996 1193 1720',
    { text: 'Customer says card 5531-9116-6219-0870 exp 09/27 was charged twice', secret: '5531-9116-6219-0870' },
    { text: 'Amex on file: 3456 203397 27983 (ends 7983)', secret: '3456 203397 27983' },
    { text: '{"pan":"4540367789525880","cvv":"***"}', secret: '4540367789525880' },
    { text: 'order_id,card,amount\n1042,6011020542333556,19.99\n', secret: '6011020542333556' },
    { text: 'Diners 36222422515575 and UnionPay 6206915480020779588', secret: '6206915480020779588' },
    { text: 'mc 2223 0678 4681 8520 declined', secret: '2223 0678 4681 8520' },
    { text: 'cards 4950 0996 1193 1720 5531 9116 6219 0870 on file', secret: '5531 9116 6219 0870' },
    { text: 'cards 4950-0996-1193-1720 5531-9116-6219-0870 on file', secret: '5531-9116-6219-0870' },
    { text: 'pans 4540367789525880 6011020542333556', secret: '6011020542333556' },
    { text: 'row 1042 4540367789525880 EUR', secret: '4540367789525880' },
    { text: 'card 4950 0996 1193 1720 2027 on file', secret: '4950 0996 1193 1720' },
  ],
  negative: [
    '4950 0996-1193 1720',
    'trace 9949500996119317209',
    'order 4950099611931721',
    '4444 4444 4444 4444',
    'timestamps 1705312345678 1705312345678901',
    'pi ~ 3.4950099611931720',
    'ref 4950-0996-1193-1720-aa12',
    'id_4950099611931720',
    'https://chromestatus.example/feature/4950099611931720',
    'jcb-like 3597599516808494',
    'IBAN GB12 ABCD 4950 0996 1193 1720 (checksum failed)',
    'Tracking IDs: 4950 0996 1193 1720 266, 5531 9116 6219 0870 7',
  ],
};
export default fixtures;
