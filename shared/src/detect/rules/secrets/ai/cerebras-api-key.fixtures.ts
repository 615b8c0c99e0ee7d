import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'csk-8y1nkx8mxfqbnx7h637puqdfvaf9yyg7m6gbgxpkbu96ukz6',
    { text: 'CEREBRAS_API_KEY=csk-3w171lyci16hybi6k75nfeonag5zwz7wiyx76u85tzksj4ej', secret: 'csk-3w171lyci16hybi6k75nfeonag5zwz7wiyx76u85tzksj4ej' },
    { text: '{"cerebras_api_key": "csk-b5vzixdc396ae3pvuz4cxycv8okhwdzvfj4fdr9h9ewba1u1"}', secret: 'csk-b5vzixdc396ae3pvuz4cxycv8okhwdzvfj4fdr9h9ewba1u1' },
    { text: 'cerebras_api_key: csk-ytrm9zsjyxvlpnsyanx8vn1e062phk2nh4fol4iqsvjxr9nd', secret: 'csk-ytrm9zsjyxvlpnsyanx8vn1e062phk2nh4fol4iqsvjxr9nd' },
    { text: 'export CEREBRAS_API_KEY="csk-4rtjlr5v7ipt06nit7l8vlfu0okg4y4seia031audpv3epul"', secret: 'csk-4rtjlr5v7ipt06nit7l8vlfu0okg4y4seia031audpv3epul' },
    { text: 'const cerebrasApiKey = \'csk-tit5ft0u0kbhem0wltdjm33dy02y6cl2xqz9g1i967lftpeq\';', secret: 'csk-tit5ft0u0kbhem0wltdjm33dy02y6cl2xqz9g1i967lftpeq' },
  ],
  negative: [
    'CEREBRAS_API_KEY=csk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CEREBRAS_API_KEY=${CEREBRAS_API_KEY}',
    'CEREBRAS_API_KEY=<your-cerebras-api-key>',
  ],
};
export default fixtures;
