import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'CLOUDFLARE_API_TOKEN=-1sW2oHUd5p7JmaYceNv5V5kG7SxS2H_FBOWeN3U', secret: '-1sW2oHUd5p7JmaYceNv5V5kG7SxS2H_FBOWeN3U' },
    { text: '{"cloudflare_api_token": "G4ddUaDaap0Nr5QPjQSgCFMLXq11Bo9GJWXH67uG", "region": "eu-west-1"}', secret: 'G4ddUaDaap0Nr5QPjQSgCFMLXq11Bo9GJWXH67uG' },
    { text: '  cloudflare_api_token: SkDhrELW-tRrUCLKwapqOodjZeVkMl3nJXpyCif1', secret: 'SkDhrELW-tRrUCLKwapqOodjZeVkMl3nJXpyCif1' },
    { text: 'export CLOUDFLARE_API_TOKEN="1QIgdAYyC7jOakHSDq0_yqtcgLfcw8cTxxK1tVKc"', secret: '1QIgdAYyC7jOakHSDq0_yqtcgLfcw8cTxxK1tVKc' },
    { text: 'const cloudflareApiToken = \'WLAOyc66g6rmOaHEZt4Yb0aKdksZq08FJV9TIim9\';', secret: 'WLAOyc66g6rmOaHEZt4Yb0aKdksZq08FJV9TIim9' },
  ],
  negative: [
    'CLOUDFLARE_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CLOUDFLARE_API_TOKEN=<your-cloudflare-api-token-legacy>',
    'CLOUDFLARE_API_TOKEN=${CLOUDFLARE_API_TOKEN}',
    'CLOUDFLARE_API_TOKEN=hlgntOLg2oL8jpVskcr5W0-3eLC0PBmrNw0za',
    'CLOUDFLARE_API_TOKEN=v9zDFuoFmCxdHamsPxt3E33EYhaEuZMR_eem-KRnWsY',
    'checksum: zJNlxCNWZn6T_SYU08ibfMFZ4jvJX4mY6hYhLSWt',
    'const ref = "QuB9ix-Xerh06nmP3NdTVhLsxyXV5vmVBcR9_CL8";',
    'CLOUDFLARE_ZONE_SHA=33cbb7bb7a0c959c3408a0b05fdd880f063d5d5a',
  ],
};
export default fixtures;
