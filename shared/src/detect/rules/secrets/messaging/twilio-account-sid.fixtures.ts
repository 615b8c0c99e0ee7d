import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'ACacc425d6c9efbab09e9a8e2c603dcec0',
    { text: 'TWILIO_ACCOUNT_SID=AC99a972cbc02bff61dfa8592bfde14b8c', secret: 'AC99a972cbc02bff61dfa8592bfde14b8c' },
    { text: '{"twilio_account_sid": "AC38651273ddcc3767bec46f0e526256ed"}', secret: 'AC38651273ddcc3767bec46f0e526256ed' },
    { text: 'twilio_account_sid: ACfda0357ce1a757fcc2201c2aa540dbc3', secret: 'ACfda0357ce1a757fcc2201c2aa540dbc3' },
    { text: 'export TWILIO_ACCOUNT_SID="ACbd6f5d384befc778a2c1fbec36613aa3"', secret: 'ACbd6f5d384befc778a2c1fbec36613aa3' },
    { text: 'const twilioAccountSid = \'AC1615673695a6978d6abfb32c14a3d941\';', secret: 'AC1615673695a6978d6abfb32c14a3d941' },
  ],
  negative: [
    'TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'TWILIO_ACCOUNT_SID=${TWILIO_ACCOUNT_SID}',
    'TWILIO_ACCOUNT_SID=<your-twilio-account-sid>',
    'TWILIO_ACCOUNT_SID=ACd96d89798577555739c93d8d0c071ae4ae4',
    'TWILIO_ACCOUNT_SID=ACd96d89798577555739c93d8d0c071',
  ],
};
export default fixtures;
