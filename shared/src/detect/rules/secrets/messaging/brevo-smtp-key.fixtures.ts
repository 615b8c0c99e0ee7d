import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'xsmtpsib-283f0cf700984581a0c6b2462d44ec966382b01e86bd3257ac4e512bc806c06c-dbEUngZSZiO8Jxkq',
    { text: 'BREVO_SMTP_KEY=xsmtpsib-019728a0e860ab64025c7c5fe3dc1b52699b66d9751e3688aaedea60b153b0fd-HFamwhyyjk8b8257', secret: 'xsmtpsib-019728a0e860ab64025c7c5fe3dc1b52699b66d9751e3688aaedea60b153b0fd-HFamwhyyjk8b8257' },
    { text: '{"brevo_smtp_key": "xsmtpsib-00b477b955a93c67304d18f70620f43640d3517d9d9c8574e70ae851c04365d4-1JxFNLHIHIuV8qIV"}', secret: 'xsmtpsib-00b477b955a93c67304d18f70620f43640d3517d9d9c8574e70ae851c04365d4-1JxFNLHIHIuV8qIV' },
    { text: 'brevo_smtp_key: xsmtpsib-b4eeffd66dbb1ab2e5336224faa80aa7d9d2bf60eb65af94653f4c4b85452dae-eA7EiaDYOltDGMpF', secret: 'xsmtpsib-b4eeffd66dbb1ab2e5336224faa80aa7d9d2bf60eb65af94653f4c4b85452dae-eA7EiaDYOltDGMpF' },
    { text: 'export BREVO_SMTP_KEY="xsmtpsib-aa2417fc779c189936a66531d0e05c336d7ab3b8ac25012c4806deaf771d288b-y2gMW0MMpgnfEYXH"', secret: 'xsmtpsib-aa2417fc779c189936a66531d0e05c336d7ab3b8ac25012c4806deaf771d288b-y2gMW0MMpgnfEYXH' },
    { text: 'const brevoSmtpKey = \'xsmtpsib-8e7a9c7705b614dcd9b9dbab7bb5be0cc867cb1d73af482a73990ddf1c2638a5-FCaMPLrKJdIVpb60\';', secret: 'xsmtpsib-8e7a9c7705b614dcd9b9dbab7bb5be0cc867cb1d73af482a73990ddf1c2638a5-FCaMPLrKJdIVpb60' },
  ],
  negative: [
    'BREVO_SMTP_KEY=xsmtpsib-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx',
    'BREVO_SMTP_KEY=${BREVO_SMTP_KEY}',
    'BREVO_SMTP_KEY=<your-brevo-smtp-key>',
    'BREVO_SMTP_KEY=xsmtpsib-204b8473f06ef8a2b714915af2d990cbc75970f47b74b550a0851c2c9f1fa5ef-dt38aMIQsNPYxS53S53',
    'BREVO_SMTP_KEY=xsmtpsib-204b8473f06ef8a2b714915af2d990cbc75970f47b74b550a0851c2c9f1fa5ef-dt38aMIQsNPYx',
  ],
};
export default fixtures;
