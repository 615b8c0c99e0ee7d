import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'MAILGUN_API_KEY=57deb551ca26b8f80c3caa24d315c529-76bfbc0e-04690fe1', secret: '57deb551ca26b8f80c3caa24d315c529-76bfbc0e-04690fe1' },
    { text: '{"mailgun_api_key": "3e88df5ea66cb29c3c8b76065cb3a138-8af9dffe-39260998"}', secret: '3e88df5ea66cb29c3c8b76065cb3a138-8af9dffe-39260998' },
    { text: 'mailgun_api_key: 16f8015431cd88285c8ee2d3f278dc53-0746a32c-53f22b3a', secret: '16f8015431cd88285c8ee2d3f278dc53-0746a32c-53f22b3a' },
    { text: 'export MAILGUN_API_KEY="575474c7239653b60897573bbecaade3-066364be-012a5b54"', secret: '575474c7239653b60897573bbecaade3-066364be-012a5b54' },
    { text: 'const mailgunApiKey = \'48f08063044cfcb2a6ecde2106354731-71b1da00-caa84743\';', secret: '48f08063044cfcb2a6ecde2106354731-71b1da00-caa84743' },
  ],
  negative: [
    'MAILGUN_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxx-xxxxxxxx',
    'MAILGUN_API_KEY=${MAILGUN_API_KEY}',
    'MAILGUN_API_KEY=<your-mailgun-private-key>',
    '"etag": "a738acb2add1c0476f77804ab164a149-c63bc23c-9ef0bd55"',
    'MAILGUN_API_KEY=a738acb2add1c0476f77804ab164a149-c63bc23c-9ef0bd55d55',
    'MAILGUN_API_KEY=a738acb2add1c0476f77804ab164a149-c63bc23c-9ef0b',
    'id: 9352bf53e86fffd1fd6db422a78bf102-7d09e172-fdd6e0e8',
  ],
};
export default fixtures;
