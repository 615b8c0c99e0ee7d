import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'KLAVIYO_PRIVATE_KEY=pk_fb1e207176548703a04082543fb2fc3af8', secret: 'pk_fb1e207176548703a04082543fb2fc3af8' },
    { text: '{"klaviyo_private_key": "pk_82a591a0ea6ec225c42bc744666128307d"}', secret: 'pk_82a591a0ea6ec225c42bc744666128307d' },
    { text: 'klaviyo_private_key: pk_2fa8e723ce4ddabe7352cd489e0579decc', secret: 'pk_2fa8e723ce4ddabe7352cd489e0579decc' },
    { text: 'export KLAVIYO_PRIVATE_KEY="pk_d7ca3bb20262a8709195750358088654b9"', secret: 'pk_d7ca3bb20262a8709195750358088654b9' },
    { text: 'const klaviyoPrivateKey = \'pk_6916de0798c1ef9013d6067d00d2512233\';', secret: 'pk_6916de0798c1ef9013d6067d00d2512233' },
  ],
  negative: [
    'KLAVIYO_PRIVATE_KEY=pk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'KLAVIYO_PRIVATE_KEY=${KLAVIYO_PRIVATE_KEY}',
    'KLAVIYO_PRIVATE_KEY=<your-klaviyo-private-key>',
    '"etag": "pk_8356d2ed8b6920bd47c437ee0961a8eda1"',
    'KLAVIYO_PRIVATE_KEY=pk_8356d2ed8b6920bd47c437ee0961a8eda1da1',
    'KLAVIYO_PRIVATE_KEY=pk_8356d2ed8b6920bd47c437ee0961a8e',
    'key: pk_daf0cd7a42423de5719d95899454be5fe7',
  ],
};
export default fixtures;
