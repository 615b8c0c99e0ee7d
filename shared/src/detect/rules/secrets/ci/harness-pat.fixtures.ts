import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'pat.xGQ77ziGBh6P6pSrHDOYgG.e8923a38a6a6e4031e102b77.Vt54ilyvTaY8x0HSQwLj',
    { text: 'HARNESS_API_KEY=pat.LFAVs9E9DbK-Awkh6o8uFB.bdc6bbe056887b489069f05d.CM6CNkZqqUvNaXJ9UZLL', secret: 'pat.LFAVs9E9DbK-Awkh6o8uFB.bdc6bbe056887b489069f05d.CM6CNkZqqUvNaXJ9UZLL' },
    { text: '{"harness_token": "pat.fhuiTrxlBOnm-tEgXk1965.694d8543a197fffa4cca15fa.K9svwYzeUM5NSLvHQRWo", "region": "eu-west-1"}', secret: 'pat.fhuiTrxlBOnm-tEgXk1965.694d8543a197fffa4cca15fa.K9svwYzeUM5NSLvHQRWo' },
    { text: '  harness_token: pat.6vIjbhpLYzJybQL2D1iD5c.323b430f4e578f3f666d78c0.ng31NPQx9tDvC94zLgmn', secret: 'pat.6vIjbhpLYzJybQL2D1iD5c.323b430f4e578f3f666d78c0.ng31NPQx9tDvC94zLgmn' },
    { text: 'export HARNESS_API_KEY="pat.f-bSdKv6gHAScoipil0jOU.080b9a8a6a841bde3779d03f.HEMICepF7hIAa27Ksk6O"', secret: 'pat.f-bSdKv6gHAScoipil0jOU.080b9a8a6a841bde3779d03f.HEMICepF7hIAa27Ksk6O' },
    { text: 'const harnessToken = \'pat.xC3ac1tYtadyAk3AMHo9PK.b50161ad45100a35a749f7a0.DKxLB7dy54CgCvwZrMGp\';', secret: 'pat.xC3ac1tYtadyAk3AMHo9PK.b50161ad45100a35a749f7a0.DKxLB7dy54CgCvwZrMGp' },
    'pat.55eKedtK77-uxMxaEFqLCu.E42V6PS68mztqYIelzu3XgLR.M3ZYxuaRqsu2Y4HF6PcO',
    { text: 'HARNESS_API_KEY=pat.55eKedtK77-uxMxaEFqLCu.E42V6PS68mztqYIelzu3XgLR.M3ZYxuaRqsu2Y4HF6PcO', secret: 'pat.55eKedtK77-uxMxaEFqLCu.E42V6PS68mztqYIelzu3XgLR.M3ZYxuaRqsu2Y4HF6PcO' },
  ],
  negative: [
    'HARNESS_API_KEY=pat.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'HARNESS_API_KEY=<your-harness-pat>',
    'HARNESS_API_KEY=${HARNESS_API_KEY}',
    'HARNESS_API_KEY=pat.8jxL7hUrjG8-Z65Vw5YPGO.9fb4726df81fd6af3a075707.EZ0BCjoRbImK5cftV',
    'HARNESS_API_KEY=pat.nFUaPgRBGiu8VLjVbEfzKi.3d334d4df776445a298fd511.CU7zF81cDm1bi02iZNu8Hd7',
  ],
};
export default fixtures;
