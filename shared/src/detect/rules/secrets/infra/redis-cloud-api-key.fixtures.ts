import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'REDISCLOUD_SECRET_KEY=bosCkri0HFlrB58ggJlQ3uUwnMZXuDW7H2h9C6s1Za07TPbWfx', secret: 'bosCkri0HFlrB58ggJlQ3uUwnMZXuDW7H2h9C6s1Za07TPbWfx' },
    { text: '{"rediscloud_api_key": "euj7sRA4BufX7wOA9bwaIbYwQtLpxcNl8eVWOxQkEqDxNZKszb", "region": "eu-west-1"}', secret: 'euj7sRA4BufX7wOA9bwaIbYwQtLpxcNl8eVWOxQkEqDxNZKszb' },
    { text: '  rediscloud_api_key: VF00nEZTTNsCNhvRveWUa0hclXb8MUzQiOP7dTJOTTQjd76jCF', secret: 'VF00nEZTTNsCNhvRveWUa0hclXb8MUzQiOP7dTJOTTQjd76jCF' },
    { text: 'export REDISCLOUD_SECRET_KEY="Xs2vRabqJKjfwqV12WU1HbkXoaFhpI3MApiplx4rRGPK9ImEuY"', secret: 'Xs2vRabqJKjfwqV12WU1HbkXoaFhpI3MApiplx4rRGPK9ImEuY' },
    { text: 'const rediscloudApiKey = \'GNcNC32XSc1druu9j3KE5UiJRQmT3vuEveAEXmKEaWhWbToZ1c\';', secret: 'GNcNC32XSc1druu9j3KE5UiJRQmT3vuEveAEXmKEaWhWbToZ1c' },
  ],
  negative: [
    'REDISCLOUD_SECRET_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'REDISCLOUD_SECRET_KEY=<your-redis-cloud-api-key>',
    'REDISCLOUD_SECRET_KEY=${REDISCLOUD_SECRET_KEY}',
    'checksum: IB2Zp9VUpWroLjQTleOUUvfsOwg9UyDUWElFXaimUi960RISwO',
    'const ref = "fpdwVLFHDUgask4zX5gtodkj9fD9XtQ8J4cFVTH8fNrinVZtzf";',
  ],
};
export default fixtures;
