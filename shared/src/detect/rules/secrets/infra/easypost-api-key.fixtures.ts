import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'EZAKTb8fo0yGGmmnBQyluImLnA0SMq2ecvmLHTzeqcbs8rmr9OVcQx1UMz',
    { text: 'EASYPOST_API_KEY=EZAKC8Sm4xreeWW9cgul7NNATDJnlJpX5EmUs6LHR8gJ73jhpNi7sTKxUz', secret: 'EZAKC8Sm4xreeWW9cgul7NNATDJnlJpX5EmUs6LHR8gJ73jhpNi7sTKxUz' },
    { text: '{"easypost_api_key": "EZAKqu6JYTjx6JxgJGykUXr9udrcZjS287kZofK4thUSaIUmKRFNo5V8du", "region": "eu-west-1"}', secret: 'EZAKqu6JYTjx6JxgJGykUXr9udrcZjS287kZofK4thUSaIUmKRFNo5V8du' },
    { text: '  easypost_api_key: EZAKpjvnj74rzPk9BJinneYqGHhLtoq5X9g8pri8zfjDfIHqEuBttJuUsH', secret: 'EZAKpjvnj74rzPk9BJinneYqGHhLtoq5X9g8pri8zfjDfIHqEuBttJuUsH' },
    { text: 'export EASYPOST_API_KEY="EZAKk84LmX9GHgasx4BvUD0nk6GUAiXFF3Uc0zqPbYAF9fHK6VEyQLQcV0"', secret: 'EZAKk84LmX9GHgasx4BvUD0nk6GUAiXFF3Uc0zqPbYAF9fHK6VEyQLQcV0' },
    { text: 'const easypostApiKey = \'EZAK9LZOPmGrsku2d5fxDY0A69SOSZFIeFghS4ZHkDNMjiwYKjdcPduPQO\';', secret: 'EZAK9LZOPmGrsku2d5fxDY0A69SOSZFIeFghS4ZHkDNMjiwYKjdcPduPQO' },
    'EZAKx82xmx9ihcqibdrx0s6sukixwrj1ciaqqcqlt0qae3sgazbs3f4n4i',
    { text: 'KEY="EZAKIQY14NMJ6GHSAY6KTAMDAH53Q96CG4MYWPYMOKDENI9CWBS5GJI6CV"', secret: 'EZAKIQY14NMJ6GHSAY6KTAMDAH53Q96CG4MYWPYMOKDENI9CWBS5GJI6CV' },
    { text: 'The key is EZAKx82xmx9ihcqibdrx0s6sukixwrj1ciaqqcqlt0qae3sgazbs3f4n4i so please rotate it.', secret: 'EZAKx82xmx9ihcqibdrx0s6sukixwrj1ciaqqcqlt0qae3sgazbs3f4n4i' },
  ],
  negative: [
    'EASYPOST_API_KEY=EZAKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'EASYPOST_API_KEY=<your-easypost-api-key>',
    'EASYPOST_API_KEY=${EASYPOST_API_KEY}',
    'EASYPOST_API_KEY=EZAKW7yRkPlBWk1rX2EdzihKyReZ5yYHS7BWLwAiqryyKC3961cdCA3',
    'EASYPOST_API_KEY=EZAKoo81goI0iLJ8djr4ohza6R7JeFiPq56P0BPm20bsAZlMuT94D3gk9Lz3B',
  ],
};
export default fixtures;
