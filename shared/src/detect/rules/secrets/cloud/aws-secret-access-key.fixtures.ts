import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'AWS_SECRET_ACCESS_KEY=ZZKDREp9TSDx98mKT+lcDDHdUXnF8JtfvazULt/z', secret: 'ZZKDREp9TSDx98mKT+lcDDHdUXnF8JtfvazULt/z' },
    { text: '{"aws_secret_access_key": "M+tOotosMQAqbvbWy0Tqdeb6vLrHW1wra1XGkuIK", "region": "eu-west-1"}', secret: 'M+tOotosMQAqbvbWy0Tqdeb6vLrHW1wra1XGkuIK' },
    { text: '  aws_secret_access_key: TCMyY+r6NkqBENdMi3eQAWwt0a81NvTI69Rc/tbd', secret: 'TCMyY+r6NkqBENdMi3eQAWwt0a81NvTI69Rc/tbd' },
    { text: 'export AWS_SECRET_ACCESS_KEY="S7XPj8/k22itpQ1JcvXlVM+ol9yBa+NfRA/ZwS32"', secret: 'S7XPj8/k22itpQ1JcvXlVM+ol9yBa+NfRA/ZwS32' },
    { text: 'const awsSecretAccessKey = \'vwl5JGL2mcoJfXNKTF3Cc5dpdsICR2Z7okL7qI3K\';', secret: 'vwl5JGL2mcoJfXNKTF3Cc5dpdsICR2Z7okL7qI3K' },
  ],
  negative: [
    'AWS_SECRET_ACCESS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'AWS_SECRET_ACCESS_KEY=<your-aws-secret-access-key>',
    'AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}',
    'AWS_SECRET_ACCESS_KEY=y/1pOrubEbpTSVgppQUmjNxYLzrVnB9sYXzLE',
    'AWS_SECRET_ACCESS_KEY=6NF6Wf6Uu7RV0LApMX2t8wB6koz9zLm4uHewPBCxUqd',
    'checksum: Rce9tZVKblWMf/otOgl10B+TxqOYIMESFKiwc7ns',
    'const ref = "98XKZLrdg7w5pSGT1FY1QWZuKXkOGwHx2FlXA5LK";',
    'aws_commit_sha = 29de5b78d29f7e188e252b79877f0a30e7ecf140',
    'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  ],
};
export default fixtures;
