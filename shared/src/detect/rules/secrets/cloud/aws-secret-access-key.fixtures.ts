import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'AWS_SECRET_ACCESS_KEY=ZZKDREp9TSDx98mKT+lcDDHdUXnF8JtfvazULt/z', secret: 'ZZKDREp9TSDx98mKT+lcDDHdUXnF8JtfvazULt/z' },
    { text: '{"aws_secret_access_key": "M+tOotosMQAqbvbWy0Tqdeb6vLrHW1wra1XGkuIK", "region": "eu-west-1"}', secret: 'M+tOotosMQAqbvbWy0Tqdeb6vLrHW1wra1XGkuIK' },
    { text: '  aws_secret_access_key: TCMyY+r6NkqBENdMi3eQAWwt0a81NvTI69Rc/tbd', secret: 'TCMyY+r6NkqBENdMi3eQAWwt0a81NvTI69Rc/tbd' },
    { text: 'export AWS_SECRET_ACCESS_KEY="S7XPj8/k22itpQ1JcvXlVM+ol9yBa+NfRA/ZwS32"', secret: 'S7XPj8/k22itpQ1JcvXlVM+ol9yBa+NfRA/ZwS32' },
    { text: 'const awsSecretAccessKey = \'vwl5JGL2mcoJfXNKTF3Cc5dpdsICR2Z7okL7qI3K\';', secret: 'vwl5JGL2mcoJfXNKTF3Cc5dpdsICR2Z7okL7qI3K' },
    // A credentials CSV: the access key id is the context.
    { text: 'ci-deployer,AKIAZ3MRT7QW5PXK2NVB,Hq7vTn2KxW9pLm4RzY8sBc3DfG6jNa1EuQ5tVo0i', secret: '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' },
    { text: 'Access key ID: ASIAQ4RT7MZ2XK9PLN3V  Secret: Wb4nJ8qZ2xLm7RtY5vKc9HdP3sGf6aNu1EoQiT0y', secret: 'Wb4nJ8qZ2xLm7RtY5vKc9HdP3sGf6aNu1EoQiT0y' },
    { text: 'Secret access key: Pq3mX9vL2nZ8tR5yK7wB4cH6dJ1sF0gAeUoNiQrT', secret: 'Pq3mX9vL2nZ8tR5yK7wB4cH6dJ1sF0gAeUoNiQrT' },
    { text: 'aws:\n  NzR8qW3vXk5pLm2TyB7sHc9DfJ4gAe6UoIiQrZtE', secret: 'NzR8qW3vXk5pLm2TyB7sHc9DfJ4gAe6UoIiQrZtE' },
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
    // 40 mixed-case letters with no AWS context: `aws` inside a word, `Asia` the continent, nothing at all.
    'the new laws ZZKDREpTSDxmKTlcDDHdUXnFJtfvazULtzQwErTy',
    'draws: HqvTnKxWpLmRzYsBcDfGjNaEuQtVoiMkPwXb',
    'jaws:\n  NzRqWvXkpLmTyBsHcDfJgAeUoIiQrZtEmKwPbL',
    'Asia-Pacific build NzRqWvXkpLmTyBsHcDfJgAeUoIiQrZtEmKwPbL',
    'ASIA region code ZZKDREpTSDxmKTlcDDHdUXnFJtfvazULtzQwErTy',
    'commit ZZKDREpTSDxmKTlcDDHdUXnFJtfvazULtzQwErTy',
  ],
};
export default fixtures;
