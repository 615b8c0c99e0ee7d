import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'odt_L5bI9vmJdUhkNhhciHwMPPtbBLiwAyyp',
    'odt_XAQoXilIbQT7IRJz4qYjobbrIEAq9ui8OLf1',
    { text: 'DTRACK_API_KEY=odt_Wm4xR8vQ2zT6pLk9Nb3Yh7Jd1Fs5Gc0e', secret: 'odt_Wm4xR8vQ2zT6pLk9Nb3Yh7Jd1Fs5Gc0e' },
    { text: 'curl -H "X-Api-Key: odt_p9Zq3Lm7Xv2Rb8Tn4Wk6Yh1Jd5Fs0Gcx" https://dtrack.internal/api/v1/project', secret: 'odt_p9Zq3Lm7Xv2Rb8Tn4Wk6Yh1Jd5Fs0Gcx' },
  ],
  negative: ['odt_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'odt_KTJlDq2AGGGlqG4riKdT7p980AW8RlU', 'odt_ktjldq2agggwqg4rikdt7p980aw8rlu5', 'odt_config_value_name'],
};
export default fixtures;
