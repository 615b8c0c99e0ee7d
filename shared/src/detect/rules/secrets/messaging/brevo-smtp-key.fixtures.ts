import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'xsmtpsib-d21df362b8aff7459e7b7692e90786b0e3e63165602dc55a4d0e2371bdc217ff-T28iDBpSFJoEvlhr',
    { text: 'BREVO_SMTP_KEY=xsmtpsib-8dc5543a4ea5cb03a8575a0e2084a403dd701691a9e573ecf82f510754813aa1-SqAxV3ekS2pvLnmJ', secret: 'xsmtpsib-8dc5543a4ea5cb03a8575a0e2084a403dd701691a9e573ecf82f510754813aa1-SqAxV3ekS2pvLnmJ' },
    { text: '{"brevo_smtp_key": "xsmtpsib-c01fc4940554921e94ff906caf575735db5c31f452f60bac1e1a489925ea7f64-KMUisRhKj0uiLX0q"}', secret: 'xsmtpsib-c01fc4940554921e94ff906caf575735db5c31f452f60bac1e1a489925ea7f64-KMUisRhKj0uiLX0q' },
    { text: 'brevo_smtp_key: xsmtpsib-46738976c876e23031cefc44e85c42a416177888929b99fbe4b848ab060745a5-2jiBTXrcFEhYApSn', secret: 'xsmtpsib-46738976c876e23031cefc44e85c42a416177888929b99fbe4b848ab060745a5-2jiBTXrcFEhYApSn' },
    { text: 'export BREVO_SMTP_KEY="xsmtpsib-28774cf71d7be81258355eebc51ccc3bb52654fed4a61b54476cca81669afe5b-PYatgBLIWx2CjGJ0"', secret: 'xsmtpsib-28774cf71d7be81258355eebc51ccc3bb52654fed4a61b54476cca81669afe5b-PYatgBLIWx2CjGJ0' },
    { text: 'const brevoSmtpKey = \'xsmtpsib-eba8dbf3d299f09dbfbc162714fd01fb2510ccfbb043112b3bd34e2fb2790e2d-MPU4o5j3iDnhm9TP\';', secret: 'xsmtpsib-eba8dbf3d299f09dbfbc162714fd01fb2510ccfbb043112b3bd34e2fb2790e2d-MPU4o5j3iDnhm9TP' },
  ],
  negative: [
    'BREVO_SMTP_KEY=xsmtpsib-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx',
    'BREVO_SMTP_KEY=${BREVO_SMTP_KEY}',
    'BREVO_SMTP_KEY=<your-brevo-smtp-key>',
    'BREVO_SMTP_KEY=xsmtpsib-7f767a67ddfca87434078c551cf25e5e152ae654586a5cf71ffe7d7c9e160121-zOwsPLIPXrMMdrDZrDZ',
    'BREVO_SMTP_KEY=xsmtpsib-7f767a67ddfca87434078c551cf25e5e152ae654586a5cf71ffe7d7c9e160121-zOwsPLIPXrMMd',
  ],
};
export default fixtures;
