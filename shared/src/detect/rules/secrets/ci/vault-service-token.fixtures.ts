import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'hvs.CAESIbg7aFoLg6i3CVuq_GfQ9VzGUny1lQs7NW8g6JYZtrpZJLfM-kttpjUF8XqaxB3KdRHDzpP9A1vGfdsHcsSOej-',
    { text: 'VAULT_TOKEN=hvs.CAESIY6Nl5S0TR6mnfVUTTpqlqqnFxpoxmRKePqsW4MHoTE9Bg0jdHhHalYx0XQzqxnxyTx_Zqv1LveWIY3P9Xd7MOf', secret: 'hvs.CAESIY6Nl5S0TR6mnfVUTTpqlqqnFxpoxmRKePqsW4MHoTE9Bg0jdHhHalYx0XQzqxnxyTx_Zqv1LveWIY3P9Xd7MOf' },
    { text: '{"vault_token": "hvs.CAESICnYeoPuLaOb3IVater_8B0LAalxCJe4Crrv4ueo69gFgvzho5SgD6ZPUWBdjrqXtw3LG-E7Zpbs1g1nsaZNO3c", "region": "eu-west-1"}', secret: 'hvs.CAESICnYeoPuLaOb3IVater_8B0LAalxCJe4Crrv4ueo69gFgvzho5SgD6ZPUWBdjrqXtw3LG-E7Zpbs1g1nsaZNO3c' },
    { text: '  vault_token: hvs.CAESIj5m9QHeRTzi3LlV8NpD3PPpbHLnQvZohlqCNbMC8SJeGybnRktN75zPEgibldBa_kwO8AsJloXJ7ePDZgGXS3y', secret: 'hvs.CAESIj5m9QHeRTzi3LlV8NpD3PPpbHLnQvZohlqCNbMC8SJeGybnRktN75zPEgibldBa_kwO8AsJloXJ7ePDZgGXS3y' },
    { text: 'export VAULT_TOKEN="hvs.CAESIeyCcyubADm3bax9UbKM4mbsvdU3mwHeR4b1RIxcziVKA7ROLbQSfz-gLZX1PEOMhbvhwzsXfrKX8j7PMDcuMEO"', secret: 'hvs.CAESIeyCcyubADm3bax9UbKM4mbsvdU3mwHeR4b1RIxcziVKA7ROLbQSfz-gLZX1PEOMhbvhwzsXfrKX8j7PMDcuMEO' },
    { text: 'const vaultToken = \'hvs.CAESIR1YAWtZ1O5XAc2ugZXf5qAhRDbaVCfZmnJsCkoNV7h2EOtM4SOiuqm3-3OzveLqxAvtyY5-D4yLVOpkdXiMDbr\';', secret: 'hvs.CAESIR1YAWtZ1O5XAc2ugZXf5qAhRDbaVCfZmnJsCkoNV7h2EOtM4SOiuqm3-3OzveLqxAvtyY5-D4yLVOpkdXiMDbr' },
  ],
  negative: [
    'VAULT_TOKEN=hvs.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'VAULT_TOKEN=<your-vault-service-token>',
    'VAULT_TOKEN=${VAULT_TOKEN}',
    'hvs.short',
    'hvs.FaFbKlM3yyRk',
  ],
};
export default fixtures;
