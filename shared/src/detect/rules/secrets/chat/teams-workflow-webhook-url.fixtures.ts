import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'https://prod-12.westus.logic.azure.com:443/workflows/4e2dd333721c2e44ec0849c82a58e794/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=4ajpKO-UpttlNVd9BRsFRKsgjs5AWYfw7beLYv3D_PO', secret: '4ajpKO-UpttlNVd9BRsFRKsgjs5AWYfw7beLYv3D_PO' },
    { text: 'TEAMS_WORKFLOW_URL=https://prod-12.westus.logic.azure.com:443/workflows/ff4b77e5cb9382123f2e1bd5770a0d39/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=WOuaHqMvfT8XmY1joQD7bg5YN9ghmt7URW2g0o0r1d2', secret: 'WOuaHqMvfT8XmY1joQD7bg5YN9ghmt7URW2g0o0r1d2' },
    { text: '{"teams_workflow_url": "https://prod-12.westus.logic.azure.com:443/workflows/d2543de618c1138cb8dd230c45a98691/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=DCiUYFVmsws4MMaFHno2KH_KMO0gymUT3qNjUuZ8rmq"}', secret: 'DCiUYFVmsws4MMaFHno2KH_KMO0gymUT3qNjUuZ8rmq' },
    { text: 'teams_workflow_url: https://prod-12.westus.logic.azure.com:443/workflows/6c6d6354462e5d8b9b91b5566c39e470/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=oMaePoLpppuPLaE7sxbpM2-S9LSY2nzxtR0GCFri4Wj', secret: 'oMaePoLpppuPLaE7sxbpM2-S9LSY2nzxtR0GCFri4Wj' },
    { text: 'export TEAMS_WORKFLOW_URL="https://prod-12.westus.logic.azure.com:443/workflows/8bac633cea3b70c8db9f4011ad481575/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=bhsuu3jsvPHrvNXDUL9kTryhFdg0_RYE-G9Uubx2EEq"', secret: 'bhsuu3jsvPHrvNXDUL9kTryhFdg0_RYE-G9Uubx2EEq' },
    { text: 'const teamsWorkflowUrl = \'https://prod-12.westus.logic.azure.com:443/workflows/aca25672287d52a099f1d3c5ee9603e1/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=tjhFUerjXk5944TrV_fZNwjQ-2TpysZmIVbZd_dofU0\';', secret: 'tjhFUerjXk5944TrV_fZNwjQ-2TpysZmIVbZd_dofU0' },
  ],
  negative: [
    'TEAMS_WORKFLOW_URL=https://prod-12.westus.logic.azure.com:443/workflows/9052b8b0b579b38e8c22b37842b9d699/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=xxxxxxx-xxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'TEAMS_WORKFLOW_URL=${TEAMS_WORKFLOW_URL}',
    'TEAMS_WORKFLOW_URL=<your-teams-workflow-webhook-url>',
    'TEAMS_WORKFLOW_URL=https://prod-12.westus.logic.azure.com:443/workflows/3295432c4543b284359f30125571aebf/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=1xgEp6X-mAV_Ijo7Ac1MIAH5vtbTUa003i8ax4KKcUPcUP',
    'TEAMS_WORKFLOW_URL=https://prod-12.westus.logic.azure.com:443/workflows/0ce2c49eac13aba2c3eecd1e7256e3f1/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=1xgEp6X-mAV_Ijo7Ac1MIAH5vtbTUa003i8ax4KK',
  ],
};
export default fixtures;
