import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'TRELLO_TOKEN=395eceee801f625a0d1ad0cf706cbb2724a15e4daa724ee4a08a2b9654ae8ac8', secret: '395eceee801f625a0d1ad0cf706cbb2724a15e4daa724ee4a08a2b9654ae8ac8' },
    { text: '{"trello_token": "561cf11c97210e368fa57542c99ba44422e306bebf96be70a6b3f25ab03572ca"}', secret: '561cf11c97210e368fa57542c99ba44422e306bebf96be70a6b3f25ab03572ca' },
    { text: 'trello_token: 7d0f6fc75541e326f21c3175369b9e681f7c6628e1f874b6dd5aed5d3b47549f', secret: '7d0f6fc75541e326f21c3175369b9e681f7c6628e1f874b6dd5aed5d3b47549f' },
    { text: 'export TRELLO_TOKEN="fcc0c3b9f95c93ba1bfa652dbfdd17c8d8c8df64f204c3be4ca5adabc5c1d6cb"', secret: 'fcc0c3b9f95c93ba1bfa652dbfdd17c8d8c8df64f204c3be4ca5adabc5c1d6cb' },
    { text: 'const trelloToken = \'3f12bebce0092897ffc68595034f77e94b80b11fe38e7d7e947d53cf659fff37\';', secret: '3f12bebce0092897ffc68595034f77e94b80b11fe38e7d7e947d53cf659fff37' },
  ],
  negative: [
    'TRELLO_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'TRELLO_TOKEN=${TRELLO_TOKEN}',
    'TRELLO_TOKEN=<your-trello-legacy-token>',
    '"etag": "e7befefba81b1be2b6721e8b46fc36575de2bf9fd6797a46f36e293c285cb02d"',
    'TRELLO_TOKEN=e7befefba81b1be2b6721e8b46fc36575de2bf9fd6797a46f36e293c285cb02d02d',
    'TRELLO_TOKEN=e7befefba81b1be2b6721e8b46fc36575de2bf9fd6797a46f36e293c285cb',
    'sha = "3a6705ad65e95aea7823d20241b69c1d7e3eef075bf6caa990dbd305536f00a8"',
  ],
};
export default fixtures;
