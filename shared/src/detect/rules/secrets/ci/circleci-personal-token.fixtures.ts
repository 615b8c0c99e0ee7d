import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'CCIPAT_g5KpeZubklY7woTmkroDqb_5dd3f85a1d18042a5fbafb5ab000ad5b43ee2d14',
    { text: 'CIRCLECI_TOKEN=CCIPAT_CgeZzDi29DtiuyGT9RllfK_113236f70ed98a949d70add638aafe4ae260619e', secret: 'CCIPAT_CgeZzDi29DtiuyGT9RllfK_113236f70ed98a949d70add638aafe4ae260619e' },
    { text: '{"circle_token": "CCIPAT_HBx4tpT3bojGpvgNjd4kch_55de9144bbc26a3dc502a169f8feea847136d48f", "region": "eu-west-1"}', secret: 'CCIPAT_HBx4tpT3bojGpvgNjd4kch_55de9144bbc26a3dc502a169f8feea847136d48f' },
    { text: '  circle_token: CCIPAT_gpdQevWKWy8asaULgujney_84cfd45545bb304860968e65d701ad5e893eaf1f', secret: 'CCIPAT_gpdQevWKWy8asaULgujney_84cfd45545bb304860968e65d701ad5e893eaf1f' },
    { text: 'export CIRCLECI_TOKEN="CCIPAT_Jfa6IkqW8i6llNvd2Cxkjh_02495a4c63857b3cf8b2fb48333fcfbc391a19e8"', secret: 'CCIPAT_Jfa6IkqW8i6llNvd2Cxkjh_02495a4c63857b3cf8b2fb48333fcfbc391a19e8' },
    { text: 'const circleToken = \'CCIPAT_IpW56iPwC2a0QjWy7jQGdg_6d99b3980acbf10d16245a0b73e06d8bdbbcdcd4\';', secret: 'CCIPAT_IpW56iPwC2a0QjWy7jQGdg_6d99b3980acbf10d16245a0b73e06d8bdbbcdcd4' },
    { text: 'CIRCLECI_TOKEN=CCIPAT_Rk7vQ2mZ9xTq4Wn8Lp3Yc6_t7qh0r5hrvsqzmuraqzduq6qco5onxgrtcn7y2z4', secret: 'CCIPAT_Rk7vQ2mZ9xTq4Wn8Lp3Yc6_t7qh0r5hrvsqzmuraqzduq6qco5onxgrtcn7y2z4' },
    // A first part of 24 characters, as Kingfisher's rule writes it.
    { text: 'export CIRCLECI_TOKEN=CCIPAT_hQ3mTsVbn7Kx2Wq9Lp4Rz8Ya_c1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0', secret: 'CCIPAT_hQ3mTsVbn7Kx2Wq9Lp4Rz8Ya_c1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0' },
  ],
  negative: [
    'CIRCLECI_TOKEN=CCIPAT_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CIRCLECI_TOKEN=<your-circleci-personal-token>',
    'CIRCLECI_TOKEN=${CIRCLECI_TOKEN}',
    'CIRCLECI_TOKEN=CCIPAT_ofztFAQ8kh9O5absFimG2z_562f36a9ff08eb1cf0065e9e4581123ebf9a2',
    'CIRCLECI_TOKEN=CCIPAT_soNDLctfUNGnrWddzIeSo6_b8c0a974d68cdf6e3ed8f9e0bad73cbc99db1289KNM',
    // A first part of 25 characters.
    'CIRCLECI_TOKEN=CCIPAT_hQ3mTsVbn7Kx2Wq9Lp4Rz8YaB_c1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0',
  ],
};
export default fixtures;
