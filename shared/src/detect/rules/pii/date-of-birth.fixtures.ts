import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'DOB: 1980-04-12', secret: '1980-04-12' },
    { text: 'Patient born on April 12th, 1980 in Leeds', secret: 'April 12th, 1980' },
    { text: 'Geburtsdatum: 12.04.1980', secret: '12.04.1980' },
    { text: '{"name":"Ann Lee","dateOfBirth":"04/12/1980"}', secret: '04/12/1980' },
    { text: 'id,name,dob\n7,Ann Lee,12 Apr 1980\n', secret: '12 Apr 1980' },
    { text: 'Date of birth:\n  31/12/1999\n', secret: '31/12/1999' },
    { text: 'D.O.B. 3/7/85', secret: '3/7/85' },
    { text: 'ok my dob is Jul 6, 1986 and that is all', secret: 'Jul 6, 1986' },
    { text: 'born 6 July 1986 in Oslo', secret: '6 July 1986' },
    { text: '{"date_of_birth": "1980-04-12T00:00:00.000Z"}', secret: '1980-04-12T00:00:00.000Z' },
    { text: 'geboren am 7. März 1979 in Graz', secret: '7. März 1979' },
    { text: 'nacido el 4 de septiembre de 1991 en Lima', secret: '4 de septiembre de 1991' },
    { text: 'дата рождения: 21 октября 1988', secret: '21 октября 1988' },
    { text: '生年月日：1990年5月21日', secret: '1990年5月21日' },
    { text: '생년월일: 1992년 7월 3일', secret: '1992년 7월 3일' },
    { text: 'né le 1er août 1984', secret: '1er août 1984' },
    { text: '생년월일은 1985.03.14 입니다', secret: '1985.03.14' },
  ],
  negative: [
    'Invoice date: 2024-01-15, due 2024-02-15',
    'DOB: 1980-02-30',
    'born in 1980, joined 2012-03-01 as DOB team lead',
    'birthday party at 2024-05-12T18:00:00Z',
    'DOB field format is 1.2.3.4',
    'Date of birth: unknown; updated 2023-11-02',
    // No such day, in two languages and in Japanese.
    'geboren am 30. Februar 1979',
    '生年月日：1990年2月30日',
    // A date with a month's name, but no birth label.
    'Lieferung am 7. März 1979',
  ],
};
export default fixtures;
