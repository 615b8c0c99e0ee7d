import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'GITEA_TOKEN=aea7a356f87bc6283613c6b398b7dcc05905c9d1', secret: 'aea7a356f87bc6283613c6b398b7dcc05905c9d1' },
    { text: '{"forgejo_token": "810ac92a1d6e9627869993fabaef1fbb06b722e7", "region": "eu-west-1"}', secret: '810ac92a1d6e9627869993fabaef1fbb06b722e7' },
    { text: '  forgejo_token: 6fcaf0ffb411e382a163d052f4e1a1182001d344', secret: '6fcaf0ffb411e382a163d052f4e1a1182001d344' },
    { text: 'export GITEA_TOKEN="ca70d5ed28e62380bb355753570c7365449e4bc4"', secret: 'ca70d5ed28e62380bb355753570c7365449e4bc4' },
    { text: 'const forgejoToken = \'b678c129c1e5d985341e212a20687c0d2dca3f34\';', secret: 'b678c129c1e5d985341e212a20687c0d2dca3f34' },
  ],
  negative: [
    'GITEA_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'GITEA_TOKEN=<your-gitea-access-token>',
    'GITEA_TOKEN=${GITEA_TOKEN}',
    'GITEA_TOKEN=dc36280b78eb93417f0afe17f69699b9fb4b9',
    'GITEA_TOKEN=82b4f4ad3e97199462c8561e809b1b2d7b459ff8xtn',
    'checksum: 9e8674534cce508c4013b86833acbb727ea67f50',
    'const ref = "8c46f0f0f8b48db42053919e3754619fbd81fc7b";',
    'commit 47cee14f753e9ff188b7a7f83c781b49b0f3dbf0 (HEAD -> main)',
  ],
};
export default fixtures;
