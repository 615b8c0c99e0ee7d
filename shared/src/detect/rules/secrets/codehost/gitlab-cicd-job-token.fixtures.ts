import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'glcbt-79_ptIQSk_oP10FLrbgCNz5',
    { text: 'CI_JOB_TOKEN=glcbt-9e_Dm8p6eG4JtxyukHUV7Ox', secret: 'glcbt-9e_Dm8p6eG4JtxyukHUV7Ox' },
    { text: '{"job_token": "glcbt-3e_HQDNQCUUQaz6ym595d7u", "region": "eu-west-1"}', secret: 'glcbt-3e_HQDNQCUUQaz6ym595d7u' },
    { text: '  job_token: glcbt-c2_52zJJGAtFTK97f3AWNEi', secret: 'glcbt-c2_52zJJGAtFTK97f3AWNEi' },
    { text: 'export CI_JOB_TOKEN="glcbt-78_bDnFV7He1SrfDlAJ3mt0"', secret: 'glcbt-78_bDnFV7He1SrfDlAJ3mt0' },
    { text: 'const jobToken = \'glcbt-07_jsvx5QI8SkZtiRtV7XTh\';', secret: 'glcbt-07_jsvx5QI8SkZtiRtV7XTh' },
  ],
  negative: [
    'CI_JOB_TOKEN=glcbt-xxxxxxxxxxxxxxxxxxxxxxx',
    'CI_JOB_TOKEN=<your-gitlab-cicd-job-token>',
    'CI_JOB_TOKEN=${CI_JOB_TOKEN}',
    'glcbt- tokens are revoked on rotation',
    'CI_JOB_TOKEN=glcbt-jCXMw9gdD3qF',
  ],
};
export default fixtures;
