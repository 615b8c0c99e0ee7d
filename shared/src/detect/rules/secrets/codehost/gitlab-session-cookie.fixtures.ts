import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: '_GITLAB_SESSION=839c00b3e6455725086777b96397e632', secret: '839c00b3e6455725086777b96397e632' },
    { text: '{"_gitlab_session": "1bdf7663e6b4f9cd71fe7780cca8fbd4", "region": "eu-west-1"}', secret: '1bdf7663e6b4f9cd71fe7780cca8fbd4' },
    { text: 'curl -b "_gitlab_session=818bab46b1d22feddf9eda2f889de736" https://gitlab.acme.io/api/v4/projects', secret: '818bab46b1d22feddf9eda2f889de736' },
    { text: 'Cookie: preferred_language=en; _gitlab_session=e8c863efd3e4999ba3f55639c9576c54; known_sign_in=1', secret: 'e8c863efd3e4999ba3f55639c9576c54' },
    { text: 'Cookie: _gitlab_session=82815boi0dvzdiy5iq77ht9fyaqr1jqy; known_sign_in=1', secret: '82815boi0dvzdiy5iq77ht9fyaqr1jqy' },
  ],
  negative: [
    '_GITLAB_SESSION=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    '_GITLAB_SESSION=<your-gitlab-session-cookie>',
    '_GITLAB_SESSION=${_GITLAB_SESSION}',
    '_GITLAB_SESSION=bbcebcd9c6585d7806e510da2be92',
    '_GITLAB_SESSION=481a1797c03269b05ad390df2cbd27eaKZS',
    'checksum: 3204faa63eca1d486166d31edf83cb6f',
    'const ref = "c6c84987fcfefa18f26051b889339322";',
  ],
};
export default fixtures;
