import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'rnd_FTOjgPR7LdiXUSENE4DYXFU377yRn438',
    { text: 'RENDER_API_KEY=rnd_H299bvmyaDEIfk3uqXlICM9DSJdPAOHw', secret: 'rnd_H299bvmyaDEIfk3uqXlICM9DSJdPAOHw' },
    { text: '{"render_api_key": "rnd_SxgP2DRCdrtCyrmw0MT2zd6IfvmW2J6Z", "region": "eu-west-1"}', secret: 'rnd_SxgP2DRCdrtCyrmw0MT2zd6IfvmW2J6Z' },
    { text: '  render_api_key: rnd_D2zQIvIymoBwp0GGUUlSHvO4FPWttXvg', secret: 'rnd_D2zQIvIymoBwp0GGUUlSHvO4FPWttXvg' },
    { text: 'export RENDER_API_KEY="rnd_5mEmF7n9YQutTQY2I6r8VgT4PBP7lSuz"', secret: 'rnd_5mEmF7n9YQutTQY2I6r8VgT4PBP7lSuz' },
    { text: 'const renderApiKey = \'rnd_Uw8bIit1u8YjgCUmykmlQugG77SR9Ldc\';', secret: 'rnd_Uw8bIit1u8YjgCUmykmlQugG77SR9Ldc' },
  ],
  negative: [
    'RENDER_API_KEY=rnd_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'RENDER_API_KEY=<your-render-api-key>',
    'RENDER_API_KEY=${RENDER_API_KEY}',
    'RENDER_API_KEY=rnd_LhFEf3d0W7GRdF0HOqOVi5uynx4Ss',
    'RENDER_API_KEY=rnd_LI6WyfMbAeDyrxJIRdaB0DWptLzujyDhSiU',
    'rnd_seed_generator_for_tests_ok',
  ],
};
export default fixtures;
