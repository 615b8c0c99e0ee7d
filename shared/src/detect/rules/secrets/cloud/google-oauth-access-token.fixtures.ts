import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'ya29.a0tde4bdSGSfUdWMuT2_5tdiKSKQhkSb2nc6ZSLxnvbmCyttTSMhnGf4cT-9b2_Cp98MRO7Dbk0gFo1wBY9TR4NEzYWlLHDt2gzaksTA1LEgroGzBEkCFJW2JZ252YeQPs7iasAqMapcqgsYfv66t2Ro',
    { text: 'GOOGLE_ACCESS_TOKEN=ya29.a05yeLyiY-0kVpWKZxYwhV9DlwbQp2PZXM0yENEI132FCbx7pj6gRdgBR8_FoSOmr2ea93YIWEmRuIyBxAjB-AFNJ-G5vs4VZfH3di8HS70iDZ85KG2uI42cg3bCXoQR8Jhv3QLq_cGQN-endgFiDF6u', secret: 'ya29.a05yeLyiY-0kVpWKZxYwhV9DlwbQp2PZXM0yENEI132FCbx7pj6gRdgBR8_FoSOmr2ea93YIWEmRuIyBxAjB-AFNJ-G5vs4VZfH3di8HS70iDZ85KG2uI42cg3bCXoQR8Jhv3QLq_cGQN-endgFiDF6u' },
    { text: '{"access_token": "ya29.a0sIXjETaFuJcJEYDbdvXiM6gnoYNGJiKd3wXn09y6FZ7Pgm7wN5oSX8qufJGjVMmVHnPIpchePJCmPGNgUYUG7DM6thTZb89_G0Y6yIWR0NxXekGX69kG_DrMkrDrIrPiPDX7jRS_CC_lNUB-BAWgpw", "region": "eu-west-1"}', secret: 'ya29.a0sIXjETaFuJcJEYDbdvXiM6gnoYNGJiKd3wXn09y6FZ7Pgm7wN5oSX8qufJGjVMmVHnPIpchePJCmPGNgUYUG7DM6thTZb89_G0Y6yIWR0NxXekGX69kG_DrMkrDrIrPiPDX7jRS_CC_lNUB-BAWgpw' },
    { text: '  access_token: ya29.a0UX4R424Ir73rgZL6uSU7VJ_27_MxiEkIQtadKu61YoSV0rzkPHe1G965hnmT9Q72FaaZwMIj8G0f4Zw6yFeZJtD6Fb6wM47RPGKbBAJSciE1AJ3ddLlHNzXsWq6jMwFIvOK7Gh6SbKoo1p7r9kmphe', secret: 'ya29.a0UX4R424Ir73rgZL6uSU7VJ_27_MxiEkIQtadKu61YoSV0rzkPHe1G965hnmT9Q72FaaZwMIj8G0f4Zw6yFeZJtD6Fb6wM47RPGKbBAJSciE1AJ3ddLlHNzXsWq6jMwFIvOK7Gh6SbKoo1p7r9kmphe' },
    { text: 'export GOOGLE_ACCESS_TOKEN="ya29.a0uJx6vI9HxQygMJX2aoQGIwCJDmnNav_H0vm9HsI9K8VaVGnMwibay4A3JAJZTz82c5oQh96uFPojOuLiDo_PF_bkvajSSqqJKkkV_RsFqIpHmhsHe43MK2D2w2E_k86VII9a74ovbucXUmWBqz2ypo"', secret: 'ya29.a0uJx6vI9HxQygMJX2aoQGIwCJDmnNav_H0vm9HsI9K8VaVGnMwibay4A3JAJZTz82c5oQh96uFPojOuLiDo_PF_bkvajSSqqJKkkV_RsFqIpHmhsHe43MK2D2w2E_k86VII9a74ovbucXUmWBqz2ypo' },
    { text: 'const accessToken = \'ya29.a0IBOukt7GACcR9oZoDxp6316YKfmzn3so_dHRg9MBnN3QulOoLVerL04YSEHDNVE9aDBiK5ZjjoWVtNyH2YpRIURdmgcfSAm8ywcC_RnjQxq-Kx8Do_XC6b7UXtauZvv7RDgIbPdV6l3GP2Cz5d6Mf2\';', secret: 'ya29.a0IBOukt7GACcR9oZoDxp6316YKfmzn3so_dHRg9MBnN3QulOoLVerL04YSEHDNVE9aDBiK5ZjjoWVtNyH2YpRIURdmgcfSAm8ywcC_RnjQxq-Kx8Do_XC6b7UXtauZvv7RDgIbPdV6l3GP2Cz5d6Mf2' },
    { text: 'curl -H "Authorization: Bearer ya29.a0tKxDKHl3NReYcu2IqiiIECyE1XUWy2WGBjdYkWVuCT1o3gKB6oBR7NDoX619mfVRF-LmENzLhGGsB-wVQrBEqKY9mMCXSlKVU7hkpZox2xQcVWCfg6QJRMxgzRXIzYQyLQA2_M5CoDDSVgVKg7WbFc" https://www.googleapis.com/drive/v3/files', secret: 'ya29.a0tKxDKHl3NReYcu2IqiiIECyE1XUWy2WGBjdYkWVuCT1o3gKB6oBR7NDoX619mfVRF-LmENzLhGGsB-wVQrBEqKY9mMCXSlKVU7hkpZox2xQcVWCfg6QJRMxgzRXIzYQyLQA2_M5CoDDSVgVKg7WbFc' },
  ],
  negative: [
    'GOOGLE_ACCESS_TOKEN=ya29.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'GOOGLE_ACCESS_TOKEN=<your-google-oauth-access-token>',
    'GOOGLE_ACCESS_TOKEN=${GOOGLE_ACCESS_TOKEN}',
    'ya29.shortvalue',
    'see ya29.a0 tokens in the docs',
  ],
};
export default fixtures;
