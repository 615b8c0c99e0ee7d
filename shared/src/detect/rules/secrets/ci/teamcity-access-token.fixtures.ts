import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'eyJ0eXAiOiAiVENWMiJ9.9l-26tIqF9svuT2fRq-mtTldUBv0mRnZmpkAEhP_.DOk8TB93J_W44uPIfOiNLXsRnw6g7Q7xGKUtJ2s-9PGZ3xHR',
    { text: 'TEAMCITY_TOKEN=eyJ0eXAiOiAiVENWMiJ9.xkzIlN9arWtE0X4EVBl5Ri5DqKZICoiHbulDHgcK.TmwjfsRkN45eRlkYq5rA3Hkm-ZCEmCUQ6pzwLNPorE2baAVO', secret: 'eyJ0eXAiOiAiVENWMiJ9.xkzIlN9arWtE0X4EVBl5Ri5DqKZICoiHbulDHgcK.TmwjfsRkN45eRlkYq5rA3Hkm-ZCEmCUQ6pzwLNPorE2baAVO' },
    { text: '{"teamcity_token": "eyJ0eXAiOiAiVENWMiJ9.5GVsAckaeOERYwPPCgQcyz5nMDsRw0GpYdvEeDjV.kOFk95BLnCk42NBJkw0Z0qoPW4t7NDArLV-7cEJICO6jlPE5", "region": "eu-west-1"}', secret: 'eyJ0eXAiOiAiVENWMiJ9.5GVsAckaeOERYwPPCgQcyz5nMDsRw0GpYdvEeDjV.kOFk95BLnCk42NBJkw0Z0qoPW4t7NDArLV-7cEJICO6jlPE5' },
    { text: '  teamcity_token: eyJ0eXAiOiAiVENWMiJ9.WHXyGBytmZOuSVDZKb0M5G-MlW5Yg-GISNN-iA_l.HhUDGeMKLeMHiFof69GHEkS5N791piXIUI99CBQN_bRf-69K', secret: 'eyJ0eXAiOiAiVENWMiJ9.WHXyGBytmZOuSVDZKb0M5G-MlW5Yg-GISNN-iA_l.HhUDGeMKLeMHiFof69GHEkS5N791piXIUI99CBQN_bRf-69K' },
    { text: 'export TEAMCITY_TOKEN="eyJ0eXAiOiAiVENWMiJ9.4GuYjexkJ2cuYiDp-1MkjeJb9lKVT48AE6HwBoDz.lillC4YynbmQNjmika7r88thMDAzn0qnnZXszl2923r3FH4P"', secret: 'eyJ0eXAiOiAiVENWMiJ9.4GuYjexkJ2cuYiDp-1MkjeJb9lKVT48AE6HwBoDz.lillC4YynbmQNjmika7r88thMDAzn0qnnZXszl2923r3FH4P' },
    { text: 'const teamcityToken = \'eyJ0eXAiOiAiVENWMiJ9.k_C-Tet22WGX6z7oQ9feHnM8SW0ZUMX225oglvkq.vxtXAt3TD0DmemxOF0PtOJlsjUSvCPtZEc62LPr7M_VFMmVu\';', secret: 'eyJ0eXAiOiAiVENWMiJ9.k_C-Tet22WGX6z7oQ9feHnM8SW0ZUMX225oglvkq.vxtXAt3TD0DmemxOF0PtOJlsjUSvCPtZEc62LPr7M_VFMmVu' },
  ],
  negative: [
    'TEAMCITY_TOKEN=eyJ0eXAiOiAiVENWMiJ9xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'TEAMCITY_TOKEN=<your-teamcity-access-token>',
    'TEAMCITY_TOKEN=${TEAMCITY_TOKEN}',
    'eyJ0eXAiOiAiVENWMiJ9.short.value',
  ],
};
export default fixtures;
