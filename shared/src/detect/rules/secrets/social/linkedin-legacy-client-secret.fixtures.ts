import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'LINKEDIN_CLIENT_SECRET=3XiAWrBk5QuOHmn4', secret: '3XiAWrBk5QuOHmn4' },
    { text: '{"linkedin_client_secret": "3yRIMqJ9MBssBjAA"}', secret: '3yRIMqJ9MBssBjAA' },
    { text: 'linkedin_client_secret: tOQDo69jmGQMz8uz', secret: 'tOQDo69jmGQMz8uz' },
    { text: 'export LINKEDIN_CLIENT_SECRET="akfGm3LECfHvQDZs"', secret: 'akfGm3LECfHvQDZs' },
    { text: 'const linkedinClientSecret = \'P1OgGUSPy4fFEKiW\';', secret: 'P1OgGUSPy4fFEKiW' },
  ],
  negative: [
    'LINKEDIN_CLIENT_SECRET=xxxxxxxxxxxxxxxx',
    'LINKEDIN_CLIENT_SECRET=${LINKEDIN_CLIENT_SECRET}',
    'LINKEDIN_CLIENT_SECRET=<your-linkedin-legacy-client-secret>',
    '"etag": "F9B2n7C0LzPE51fc"',
    'LINKEDIN_CLIENT_SECRET=F9B2n7C0LzPE51fc1fc',
    'LINKEDIN_CLIENT_SECRET=F9B2n7C0LzPE5',
    'client_secret=lksvLA7pm1GK59pG',
  ],
};
export default fixtures;
