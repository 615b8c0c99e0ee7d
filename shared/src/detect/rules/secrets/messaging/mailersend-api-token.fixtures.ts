import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'mlsn.6f6cc3fa98716d3e47ad8de61cb638aa6d0d6d4fcc5bd938743318e2a4d47e04',
    { text: 'MAILERSEND_API_KEY=mlsn.43b7b04598cbb32ab3ef2b24f90e312fa2394e397cfeae40fbf361daa7ee22c8', secret: 'mlsn.43b7b04598cbb32ab3ef2b24f90e312fa2394e397cfeae40fbf361daa7ee22c8' },
    { text: '{"mailersend_api_key": "mlsn.f6478c82fe53e50b34917affaa3a5d522fcbccbd4921519e8a18820ab5b217f2"}', secret: 'mlsn.f6478c82fe53e50b34917affaa3a5d522fcbccbd4921519e8a18820ab5b217f2' },
    { text: 'mailersend_api_key: mlsn.b7d1c739e7c17d80f3011baf6e0b871a81eba8b8659aa9b37e7eb1e5330cc5f4', secret: 'mlsn.b7d1c739e7c17d80f3011baf6e0b871a81eba8b8659aa9b37e7eb1e5330cc5f4' },
    { text: 'export MAILERSEND_API_KEY="mlsn.c7693f6198e2dfd7832156c0890dcbda0ec3e64b4b97b5c672b2cbde4d2df5a8"', secret: 'mlsn.c7693f6198e2dfd7832156c0890dcbda0ec3e64b4b97b5c672b2cbde4d2df5a8' },
    { text: 'const mailersendApiKey = \'mlsn.b16a1a1250a36e9b99e29bef96daa3c7cb9e4d9220da09dccd5b64d7870cb557\';', secret: 'mlsn.b16a1a1250a36e9b99e29bef96daa3c7cb9e4d9220da09dccd5b64d7870cb557' },
  ],
  negative: [
    'MAILERSEND_API_KEY=mlsn.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'MAILERSEND_API_KEY=${MAILERSEND_API_KEY}',
    'MAILERSEND_API_KEY=<your-mailersend-api-token>',
    'MAILERSEND_API_KEY=mlsn.639f0892bcf94f7b4240d3192411651c1ef1b5671824ef3429ecec34d10f5ec5ec5',
    'MAILERSEND_API_KEY=mlsn.639f0892bcf94f7b4240d3192411651c1ef1b5671824ef3429ecec34d10f5',
  ],
};
export default fixtures;
