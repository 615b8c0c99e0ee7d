import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'WPL_AP1.PMsnRFIwMCSMLNU0.EXwaP8BX==',
    { text: 'LINKEDIN_CLIENT_SECRET=WPL_AP1.zLypCHIw9uzT1K5p.XAsRHq+m==', secret: 'WPL_AP1.zLypCHIw9uzT1K5p.XAsRHq+m==' },
    { text: '{"linkedin_client_secret": "WPL_AP1.d2sMKxXTMECXdTjp.jRjKo7Jr=="}', secret: 'WPL_AP1.d2sMKxXTMECXdTjp.jRjKo7Jr==' },
    { text: 'linkedin_client_secret: WPL_AP1.ORBgCVojGUJaB5ci.lyae7kgd==', secret: 'WPL_AP1.ORBgCVojGUJaB5ci.lyae7kgd==' },
    { text: 'export LINKEDIN_CLIENT_SECRET="WPL_AP1.kLKlH0yr1ge6Jlwg.WBpsAadv=="', secret: 'WPL_AP1.kLKlH0yr1ge6Jlwg.WBpsAadv==' },
    { text: 'const linkedinClientSecret = \'WPL_AP1.t28S3DmwTsPhlDSb.pO40iXCs==\';', secret: 'WPL_AP1.t28S3DmwTsPhlDSb.pO40iXCs==' },
  ],
  negative: [
    'LINKEDIN_CLIENT_SECRET=WPL_APx.xxxxxxxxxxxxxxxx.xxxxxxxx==',
    'LINKEDIN_CLIENT_SECRET=${LINKEDIN_CLIENT_SECRET}',
    'LINKEDIN_CLIENT_SECRET=<your-linkedin-client-secret>',
  ],
};
export default fixtures;
