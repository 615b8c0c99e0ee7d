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
  ],
  negative: [
    'Invoice date: 2024-01-15, due 2024-02-15',
    'DOB: 1980-02-30',
    'born in 1980, joined 2012-03-01 as DOB team lead',
    'birthday party at 2024-05-12T18:00:00Z',
    'DOB field format is 1.2.3.4',
    'Date of birth: unknown; updated 2023-11-02',
  ],
};
export default fixtures;
