import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'LOGTAIL_SOURCE_TOKEN=hVDB3wlhPtIZzSAoBPC19fJC', secret: 'hVDB3wlhPtIZzSAoBPC19fJC' },
    { text: '{"logtail_source_token": "vBwtdwBb0XvAi45aN7DSuzT6"}', secret: 'vBwtdwBb0XvAi45aN7DSuzT6' },
    { text: 'logtail_source_token: LDye5d1wbpD33rT15I6B2yWO', secret: 'LDye5d1wbpD33rT15I6B2yWO' },
    { text: 'export LOGTAIL_SOURCE_TOKEN="bd2EW9N6ogdHOOsIJTGE92eg"', secret: 'bd2EW9N6ogdHOOsIJTGE92eg' },
    { text: 'const logtailSourceToken = \'jh3sYnTpDSuY1TUWvzKAZJAe\';', secret: 'jh3sYnTpDSuY1TUWvzKAZJAe' },
  ],
  negative: [
    'LOGTAIL_SOURCE_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxx',
    'LOGTAIL_SOURCE_TOKEN=${LOGTAIL_SOURCE_TOKEN}',
    'LOGTAIL_SOURCE_TOKEN=<your-logtail-source-token>',
    '"etag": "AfSGkdf8CwWlbnBsM5W9YRY7"',
    'LOGTAIL_SOURCE_TOKEN=AfSGkdf8CwWlbnBsM5W9YRY7RY7',
    'LOGTAIL_SOURCE_TOKEN=AfSGkdf8CwWlbnBsM5W9Y',
    'source_token=7GofUT9r5fKKLrhBvNs0U96I',
  ],
};
export default fixtures;
