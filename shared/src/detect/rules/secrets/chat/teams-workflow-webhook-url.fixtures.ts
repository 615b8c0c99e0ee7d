import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'https://prod-12.westus.logic.azure.com:443/workflows/769cb3a94d799e74cf37948f7ddb4248/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=gObThLPKBFiizytE4jzQ4SYqSqER8ccqeWwzDrEWu0Q', secret: 'gObThLPKBFiizytE4jzQ4SYqSqER8ccqeWwzDrEWu0Q' },
    { text: 'TEAMS_WORKFLOW_URL=https://prod-12.westus.logic.azure.com:443/workflows/1a892a6723755c702cbca954079f62ee/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=lu01sig1cXuOtWPXtCYITW-w2Bd7L9JsWj278k2X610', secret: 'lu01sig1cXuOtWPXtCYITW-w2Bd7L9JsWj278k2X610' },
    { text: '{"teams_workflow_url": "https://prod-12.westus.logic.azure.com:443/workflows/77e152962de19729aedc31ccebf23522/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=K4TT99lnnY78M7M4Uy6PaRospL05iLF9TsxLTaXvSa5"}', secret: 'K4TT99lnnY78M7M4Uy6PaRospL05iLF9TsxLTaXvSa5' },
    { text: 'teams_workflow_url: https://prod-12.westus.logic.azure.com:443/workflows/eb0b172122b1f4c5745364bb814ac8ff/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=FuM5rPEO0kz8W0uwkOCnbJs8pmJSCwk9d7Wb0KLBFRg', secret: 'FuM5rPEO0kz8W0uwkOCnbJs8pmJSCwk9d7Wb0KLBFRg' },
    { text: 'export TEAMS_WORKFLOW_URL="https://prod-12.westus.logic.azure.com:443/workflows/814edf82452d3a0d2d1a0dc0259f3182/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=ALzFFlNumROQqBRwlKRYq5IYTHUu-pViUqnmhQdx6Z9"', secret: 'ALzFFlNumROQqBRwlKRYq5IYTHUu-pViUqnmhQdx6Z9' },
    { text: 'const teamsWorkflowUrl = \'https://prod-12.westus.logic.azure.com:443/workflows/5f22ae4037c9809ffe9a1ab5f59e6569/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=ne3zQRBWaQdExIEDnY7nzwST9m_P3CcQ9TRnXdz7yK4\';', secret: 'ne3zQRBWaQdExIEDnY7nzwST9m_P3CcQ9TRnXdz7yK4' },
  ],
  negative: [
    'TEAMS_WORKFLOW_URL=https://prod-12.westus.logic.azure.com:443/workflows/99a8c735c24ca9f2f94dd5c56b3f53a7/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'TEAMS_WORKFLOW_URL=${TEAMS_WORKFLOW_URL}',
    'TEAMS_WORKFLOW_URL=<your-teams-workflow-webhook-url>',
    'TEAMS_WORKFLOW_URL=https://prod-12.westus.logic.azure.com:443/workflows/55e5503dd933664740d3f39d319170d2/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=agYvImJ6A4cwHtuNrBuQk5DwBTGs9ZVELhl337bvVp7Vp7',
    'TEAMS_WORKFLOW_URL=https://prod-12.westus.logic.azure.com:443/workflows/d16599dbcac8bb144c6379e40fcc1028/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=agYvImJ6A4cwHtuNrBuQk5DwBTGs9ZVELhl337bv',
  ],
};
export default fixtures;
