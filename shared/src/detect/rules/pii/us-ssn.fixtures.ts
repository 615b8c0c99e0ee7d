import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'for the form: 742196630 is my SSN, the rest is in the folder', secret: '742196630' },
    '536-22-4187',
    { text: 'Applicant SSN: 671-08-2953, DOB 1980-04-12', secret: '671-08-2953' },
    { text: 'last,first,ssn\nDoe,John,742-19-6630\n', secret: '742-19-6630' },
    // A query's result as psql prints it: the rule under the header does not hide the column's name.
    { text: ' id |  name   |    ssn\n----+---------+-----------\n  1 | Ann Lee | 742196630\n(1 row)', secret: '742196630' },
    { text: 'social security number 536224187 on the W-2', secret: '536224187' },
    { text: 'SSN 536 22 4187', secret: '536 22 4187' },
    { text: 'SSN: 536.22.4187', secret: '536.22.4187' },
    { text: 'employee 671.08.2953 on file', secret: '671.08.2953' },
    { text: 'id,name,ssn\n7,Ann Lee,536224187\n', secret: '536224187' },
    { text: 'Social Security Number:\n  536224187\n', secret: '536224187' },
  ],
  negative: [
    'sample 078-05-1120',
    '666-12-3456 and 900-12-3456',
    '536-00-4187 or 536-22-0000 or 000-22-4187',
    'test 123-45-6789',
    'ssn : 111-22-3333',
    'order 536224187 shipped',
    'phone 536-224-1870',
    'part no. 1536-22-41870',
    'SSN pending; order 536224187 shipped',
    'version 536.22.4187.1 and 1.536.22.4187',
    'mixed 536-22.4187',
  ],
};
export default fixtures;
