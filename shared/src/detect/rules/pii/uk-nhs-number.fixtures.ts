import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'NHS number: 943 476 5919', secret: '943 476 5919' },
    { text: 'Patient Jane Doe, NHS No. 401-023-2137, GP surgery Leeds', secret: '401-023-2137' },
    { text: 'patient_id,nhs_number\n17,4857773457\n', secret: '4857773457' },
    { text: '{"nhsNumber": "3214569872"}', secret: '3214569872' },
  ],
  negative: [
    'NHS number: 943 476 5918',
    'order 943 476 5919 shipped',
    'NHS number 123 456 7890',
    'NHS trust 943 476 5919 1',
  ],
};
export default fixtures;
