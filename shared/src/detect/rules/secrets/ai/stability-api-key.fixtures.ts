import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'STABILITY_API_KEY=sk-kEdsGGJEiEc4o6OJicOHWmWvkG54D3G6vqZNUpQvsvbCK4oO', secret: 'sk-kEdsGGJEiEc4o6OJicOHWmWvkG54D3G6vqZNUpQvsvbCK4oO' },
    { text: '{"stability_api_key": "sk-OapBwPoSIw0peoRDDbYba14PswDKRLp85gfhManiCPZ1xkXz"}', secret: 'sk-OapBwPoSIw0peoRDDbYba14PswDKRLp85gfhManiCPZ1xkXz' },
    { text: 'stability_api_key: sk-50VQINGV8gR45jLjq4zsW4vM4y7mvWVGLl43iWGJxfR6K6vx', secret: 'sk-50VQINGV8gR45jLjq4zsW4vM4y7mvWVGLl43iWGJxfR6K6vx' },
    { text: 'export STABILITY_API_KEY="sk-Zk64q0DnEJu8nKRy1Nr2RWIo2diqNabrDcR4H2XJqkm8ANlQ"', secret: 'sk-Zk64q0DnEJu8nKRy1Nr2RWIo2diqNabrDcR4H2XJqkm8ANlQ' },
    { text: 'const stabilityApiKey = \'sk-ZgEoEee1wXoER2tDHDp8l1tjH7AtTPKJEw10RVOMQPUiCktV\';', secret: 'sk-ZgEoEee1wXoER2tDHDp8l1tjH7AtTPKJEw10RVOMQPUiCktV' },
  ],
  negative: [
    'STABILITY_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'STABILITY_API_KEY=${STABILITY_API_KEY}',
    'STABILITY_API_KEY=<your-stability-api-key>',
    '"etag": "sk-0aFPBqjJ84GwWNtyxygjdQt6hkkz1yYjEVabQiYU2tr3jApQ"',
    'STABILITY_API_KEY=sk-0aFPBqjJ84GwWNtyxygjdQt6hkkz1yYjEVabQiYU2tr3jApQApQ',
    'STABILITY_API_KEY=sk-0aFPBqjJ84GwWNtyxygjdQt6hkkz1yYjEVabQiYU2tr3j',
    'api_key = "sk-qMa8NRNbBHv5yAkF3jYy0ri2wffufu76aZy7PqsYHGHkp85c"',
  ],
};
export default fixtures;
