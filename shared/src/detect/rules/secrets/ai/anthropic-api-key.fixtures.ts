import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sk-ant-api03-B9ThBw47nRfMFFqT1fhdu558RJdQO2OUCadvTDpnD-YybBFuS7CscDiGXweD1ijZgmcY0qZiibmM5KXBI6IhT6vMKGo5LAA',
    { text: 'ANTHROPIC_API_KEY=sk-ant-api03-p-reWEdMg2bVl1AwAWsVtOtrD8h0dTYUt46r6J_FFnjIc4r7kyul8lOkhbzJVcFKDaNhkLGnRv8Uoc4qneMDocYBnfcByAA', secret: 'sk-ant-api03-p-reWEdMg2bVl1AwAWsVtOtrD8h0dTYUt46r6J_FFnjIc4r7kyul8lOkhbzJVcFKDaNhkLGnRv8Uoc4qneMDocYBnfcByAA' },
    { text: '{"anthropic_api_key": "sk-ant-api03-0R-t9yplW05SXq0lpP9NylwrX1UMtZEhASpUTI4URWFNXdV7MjOgHIop3nSCkgnvBSX8WDrk0H38p-Cq2qyVu9jZ6eEhLAA"}', secret: 'sk-ant-api03-0R-t9yplW05SXq0lpP9NylwrX1UMtZEhASpUTI4URWFNXdV7MjOgHIop3nSCkgnvBSX8WDrk0H38p-Cq2qyVu9jZ6eEhLAA' },
    { text: 'anthropic_api_key: sk-ant-api03-DaUuhzal8JPhiKIv-nLxww07lKT_pHYVsHeLihkQdZs1ewutEN48w5azs-IOPQ1clrzbb5uTH2I44mr9WtFZp1-YBN3zAAA', secret: 'sk-ant-api03-DaUuhzal8JPhiKIv-nLxww07lKT_pHYVsHeLihkQdZs1ewutEN48w5azs-IOPQ1clrzbb5uTH2I44mr9WtFZp1-YBN3zAAA' },
    { text: 'export ANTHROPIC_API_KEY="sk-ant-api03-FJTzOR1UWy9sRZtq36tbquDZRWBOvC0nxxQ_2JrYLB0vFpLfp_ZTjTnrWZ448lpMbzFvtZxWoiS3UpAmzWtND_AOFw3lbAA"', secret: 'sk-ant-api03-FJTzOR1UWy9sRZtq36tbquDZRWBOvC0nxxQ_2JrYLB0vFpLfp_ZTjTnrWZ448lpMbzFvtZxWoiS3UpAmzWtND_AOFw3lbAA' },
    { text: 'const anthropicApiKey = \'sk-ant-api03-w9etTZ7Spd4H6bkPi6HFj3-2-h4qXSa5loNljk8Ex3ajRuvCL4qjLR2zsVMwzAhqgcbPoIWEO55HGaf9xqYSB8HXFHA16AA\';', secret: 'sk-ant-api03-w9etTZ7Spd4H6bkPi6HFj3-2-h4qXSa5loNljk8Ex3ajRuvCL4qjLR2zsVMwzAhqgcbPoIWEO55HGaf9xqYSB8HXFHA16AA' },
  ],
  negative: [
    'ANTHROPIC_API_KEY=sk-ant-apixx-xxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ANTHROPIC_API_KEY=${ANTHROPIC_API_KEY}',
    'ANTHROPIC_API_KEY=<your-anthropic-api-key>',
  ],
};
export default fixtures;
