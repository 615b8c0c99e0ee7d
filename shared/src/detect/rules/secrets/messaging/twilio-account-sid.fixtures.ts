import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'ACb1f75c7a0ec50a4b1b197285c2e06ea9',
    { text: 'TWILIO_ACCOUNT_SID=AC3f0325bac131893fbf14ae22666e59cb', secret: 'AC3f0325bac131893fbf14ae22666e59cb' },
    { text: '{"twilio_account_sid": "ACb87c2349344e368b325c5631fa324368"}', secret: 'ACb87c2349344e368b325c5631fa324368' },
    { text: 'twilio_account_sid: ACd139925579b020d8e0b301a72156935c', secret: 'ACd139925579b020d8e0b301a72156935c' },
    { text: 'export TWILIO_ACCOUNT_SID="AC521a5e59503e27fd1964b4a8b10c8d6e"', secret: 'AC521a5e59503e27fd1964b4a8b10c8d6e' },
    { text: 'const twilioAccountSid = \'AC7dbebccab52ad1565548c0bede6478ed\';', secret: 'AC7dbebccab52ad1565548c0bede6478ed' },
  ],
  negative: [
    'TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'TWILIO_ACCOUNT_SID=${TWILIO_ACCOUNT_SID}',
    'TWILIO_ACCOUNT_SID=<your-twilio-account-sid>',
    'TWILIO_ACCOUNT_SID=AC9ed4861d3cc8106665ed128d61ef1058058',
    'TWILIO_ACCOUNT_SID=AC9ed4861d3cc8106665ed128d61ef1',
  ],
};
export default fixtures;
