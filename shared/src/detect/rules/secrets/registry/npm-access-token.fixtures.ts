import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'npm_vpAh339SFayEtk1VFavBy9XDKkUUchHPj9y6',
    { text: 'NPM_TOKEN=npm_9sKBuZdI73QHSHWxJztblYFWcdPDELH0E8ul', secret: 'npm_9sKBuZdI73QHSHWxJztblYFWcdPDELH0E8ul' },
    { text: '{"npm_token": "npm_IYBb3fHWOQ3uzYnzQxAMobd398AN4sLgJqvq", "region": "eu-west-1"}', secret: 'npm_IYBb3fHWOQ3uzYnzQxAMobd398AN4sLgJqvq' },
    { text: '  npm_token: npm_0rz79NPIx2QfeKLLRgGquSaUrP5R1CYtmrGP', secret: 'npm_0rz79NPIx2QfeKLLRgGquSaUrP5R1CYtmrGP' },
    { text: 'export NPM_TOKEN="npm_pZHf3H9ZcV9s5E9I5qOtkoWELqiNLLpdWILY"', secret: 'npm_pZHf3H9ZcV9s5E9I5qOtkoWELqiNLLpdWILY' },
    { text: 'const npmToken = \'npm_sGxBe1LgmkEUdJIMGafHl1J6tcdqcNqU9Ce0\';', secret: 'npm_sGxBe1LgmkEUdJIMGafHl1J6tcdqcNqU9Ce0' },
    { text: '//registry.npmjs.org/:_authToken=npm_HHFi3SpirwYcMs4sQ6etgXVv09q0EHVdbt0w', secret: 'npm_HHFi3SpirwYcMs4sQ6etgXVv09q0EHVdbt0w' },
    { text: 'npmAuthToken: "npm_mO17UKfgTEF4IIVBUpZWLANvhA2PmwhjM7oI"', secret: 'npm_mO17UKfgTEF4IIVBUpZWLANvhA2PmwhjM7oI' },
    'npm_ohwg9vdhl05rytx8047urlu3fw63r9e8we4m',
    { text: 'KEY="npm_VXETT6CK1RN2IKCKE8UQWAURY2R1JYS169ZI"', secret: 'npm_VXETT6CK1RN2IKCKE8UQWAURY2R1JYS169ZI' },
    { text: 'The key is npm_ohwg9vdhl05rytx8047urlu3fw63r9e8we4m so please rotate it.', secret: 'npm_ohwg9vdhl05rytx8047urlu3fw63r9e8we4m' },
  ],
  negative: [
    'NPM_TOKEN=npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'NPM_TOKEN=<your-npm-access-token>',
    'NPM_TOKEN=${NPM_TOKEN}',
    'NPM_TOKEN=npm_zVAMaMdB0qSnXx2X3S6Nupan1lUlK2Kq3',
    'NPM_TOKEN=npm_i135HUDLjQoxmKWKTKIemogjUH9FaqgaAcZl2ri',
    'npm_config_registry_url_default',
  ],
};
export default fixtures;
