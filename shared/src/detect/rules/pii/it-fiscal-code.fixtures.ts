import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'RSSMRA85T10A562S',
    { text: 'Codice fiscale: MRTMTT91D08F205J', secret: 'MRTMTT91D08F205J' },
    { text: '{"cf":"rssmra85t10a562s","nome":"Mario"}', secret: 'rssmra85t10a562s' },
    { text: 'omocodia: RSSMRA85T10A56NH ok', secret: 'RSSMRA85T10A56NH' },
  ],
  negative: [
    'RSSMRA85T10A562T',
    'XRSSMRA85T10A562S',
    'RssMRA85T10A562S',
    'hash RSSMRA85T10A562S0',
  ],
};
export default fixtures;
