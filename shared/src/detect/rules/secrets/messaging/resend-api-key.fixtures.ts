import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    're_XKXyFAof_rmnkSFkWmp2LcBoCvQK0Obxc',
    { text: 'RESEND_API_KEY=re_j9UCrP0C_bhJAaholsKXwIqnFcvcSdjds', secret: 're_j9UCrP0C_bhJAaholsKXwIqnFcvcSdjds' },
    { text: '{"resend_api_key": "re_7IH7U3Kp_HROkbfJqvfZNRWrlChSvqmUw"}', secret: 're_7IH7U3Kp_HROkbfJqvfZNRWrlChSvqmUw' },
    { text: 'resend_api_key: re_hJLPFoz3_9bnZEeh0odk3Ix1VWZt75SxZ', secret: 're_hJLPFoz3_9bnZEeh0odk3Ix1VWZt75SxZ' },
    { text: 'export RESEND_API_KEY="re_cPCtTZAY_MZhwsiWn6JZIu3IXtOsBijQr"', secret: 're_cPCtTZAY_MZhwsiWn6JZIu3IXtOsBijQr' },
    { text: 'const resendApiKey = \'re_enGrqRBE_AUfFqcsHxnBAAwyl9m7fbuB5\';', secret: 're_enGrqRBE_AUfFqcsHxnBAAwyl9m7fbuB5' },
  ],
  negative: [
    'RESEND_API_KEY=re_xxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxx',
    'RESEND_API_KEY=${RESEND_API_KEY}',
    'RESEND_API_KEY=<your-resend-api-key>',
    'RESEND_API_KEY=re_CVC97ORz_GRJn3vAYxTJ9UqJUbVnfF0aO0aO',
    'RESEND_API_KEY=re_CVC97ORz_GRJn3vAYxTJ9UqJUbVnfF',
  ],
};
export default fixtures;
