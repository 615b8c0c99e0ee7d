import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'glrt-t1_YVUUyBXEBIHFwxsHwB_NsP6hqbP.01.cmq8qrarj',
    { text: 'CI_RUNNER_TOKEN=glrt-iwdCm1pERmwqsCCSKELP', secret: 'glrt-iwdCm1pERmwqsCCSKELP' },
    { text: '{"runner_token": "glrt-oI3w5utmJsUYcIiO9j1U", "region": "eu-west-1"}', secret: 'glrt-oI3w5utmJsUYcIiO9j1U' },
    { text: '  runner_token: glrt-t1_R1WPM6PHmKrxx4KyCT4lplFKcNJ.01.tvs8m995f', secret: 'glrt-t1_R1WPM6PHmKrxx4KyCT4lplFKcNJ.01.tvs8m995f' },
    { text: 'export CI_RUNNER_TOKEN="glrt-t1_UkXkZOIpGN3K3Z7H0YnOXp1VBbM.01.aqk50dlgg"', secret: 'glrt-t1_UkXkZOIpGN3K3Z7H0YnOXp1VBbM.01.aqk50dlgg' },
    { text: 'const runnerToken = \'glrt-t1_-R0HwytoLE3sW1EpwMl8IQZuOLn.01.32r30frwe\';', secret: 'glrt-t1_-R0HwytoLE3sW1EpwMl8IQZuOLn.01.32r30frwe' },
    'glrt-t1_UQQpsQ9HoBbBlUVotTcDtJS3Gb3.0m4svz8jj',
    { text: 'token = "glrt-t1_UQQpsQ9HoBbBlUVotTcDtJS3Gb3.0m4svz8jj"', secret: 'glrt-t1_UQQpsQ9HoBbBlUVotTcDtJS3Gb3.0m4svz8jj' },
  ],
  negative: [
    'CI_RUNNER_TOKEN=glrt-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CI_RUNNER_TOKEN=<your-gitlab-runner-token>',
    'CI_RUNNER_TOKEN=${CI_RUNNER_TOKEN}',
    'glrt- tokens are revoked on rotation',
    'CI_RUNNER_TOKEN=glrt-FDltJIJXJDEk',
  ],
};
export default fixtures;
