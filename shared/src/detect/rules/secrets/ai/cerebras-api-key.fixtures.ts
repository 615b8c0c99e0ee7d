import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'csk-mz7dngwpbcu46eci6imtgcxayhfzokzschoovledm4eiuab8',
    { text: 'CEREBRAS_API_KEY=csk-m6qefdblp2awijpfis794ohf255tt3aeioyz7dh9ev0ogbl8', secret: 'csk-m6qefdblp2awijpfis794ohf255tt3aeioyz7dh9ev0ogbl8' },
    { text: '{"cerebras_api_key": "csk-736obak0m2euho94kwez9ypglkq4cka9da0c1r6ue53at1uq"}', secret: 'csk-736obak0m2euho94kwez9ypglkq4cka9da0c1r6ue53at1uq' },
    { text: 'cerebras_api_key: csk-lmgii53knucreke68slj23kad49mz3n5cv46970r2c1cttuh', secret: 'csk-lmgii53knucreke68slj23kad49mz3n5cv46970r2c1cttuh' },
    { text: 'export CEREBRAS_API_KEY="csk-7lgc9t4gntl4gcpwic24pbqfjecx4vsujc5bjhd2df3txomw"', secret: 'csk-7lgc9t4gntl4gcpwic24pbqfjecx4vsujc5bjhd2df3txomw' },
    { text: 'const cerebrasApiKey = \'csk-ykztf421p8hjnk4sw7f4w9cbajz21460k5e8ca5hepk560su\';', secret: 'csk-ykztf421p8hjnk4sw7f4w9cbajz21460k5e8ca5hepk560su' },
  ],
  negative: [
    'CEREBRAS_API_KEY=csk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CEREBRAS_API_KEY=${CEREBRAS_API_KEY}',
    'CEREBRAS_API_KEY=<your-cerebras-api-key>',
  ],
};
export default fixtures;
