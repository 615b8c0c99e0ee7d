import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'TRAVIS_TOKEN=Eyqg8-8HvfkxmjKIJUxsug', secret: 'Eyqg8-8HvfkxmjKIJUxsug' },
    { text: '{"travis_api_token": "AyCpZ8zW3HjGAK2C-waSkc", "region": "eu-west-1"}', secret: 'AyCpZ8zW3HjGAK2C-waSkc' },
    { text: '  travis_api_token: jrBzO5oWAKyRsCHVe6Q9kG', secret: 'jrBzO5oWAKyRsCHVe6Q9kG' },
    { text: 'export TRAVIS_TOKEN="Reu5lP39OeCxbeUtsfRzCp"', secret: 'Reu5lP39OeCxbeUtsfRzCp' },
    { text: 'const travisApiToken = \'BUviMH68QVTF3CzpVin1j7\';', secret: 'BUviMH68QVTF3CzpVin1j7' },
    { text: 'curl -H "Travis-API-Version: 3" -H "Authorization: token CX4yTFmbe4MH6odBD66BE4" https://api.travis-ci.com/repos', secret: 'CX4yTFmbe4MH6odBD66BE4' },
  ],
  negative: [
    'TRAVIS_TOKEN=xxxxxxxxxxxxxxxxxxxxxx',
    'TRAVIS_TOKEN=<your-travis-ci-token>',
    'TRAVIS_TOKEN=${TRAVIS_TOKEN}',
    'TRAVIS_TOKEN=PouqhWRSKO6lT2Xsvkh',
    'TRAVIS_TOKEN=lkL0duHyqidC7qycDhaRcRX5s',
    'checksum: -I7SogPYdshQmGZwfAkn0d',
    'const ref = "jcTLvlhd1L-uv4O65FsO6k";',
  ],
};
export default fixtures;
