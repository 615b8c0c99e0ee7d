import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '4b1d88zIfLgM6TSrcJHw2IB2u3DHzsx1cEfOhytOXI',
    { text: 'CLICKHOUSE_KEY_SECRET=4b1d8h5P0pTb48OqSyKLWvoKazKAaCxDaBVRgCIhT0', secret: '4b1d8h5P0pTb48OqSyKLWvoKazKAaCxDaBVRgCIhT0' },
    { text: '{"clickhouse_key_secret": "4b1deAcMDq4hvUKEo9HuMYhbKpCD9nyL55sb6HJYT7", "region": "eu-west-1"}', secret: '4b1deAcMDq4hvUKEo9HuMYhbKpCD9nyL55sb6HJYT7' },
    { text: '  clickhouse_key_secret: 4b1deDFAbWFrnJVVmTzyIyTlwJd4I58BcfWDDVlT4k', secret: '4b1deDFAbWFrnJVVmTzyIyTlwJd4I58BcfWDDVlT4k' },
    { text: 'export CLICKHOUSE_KEY_SECRET="4b1dY2BknSW8g4cqqG0Qfs0aewjhZUqQgSrQGOLr81"', secret: '4b1dY2BknSW8g4cqqG0Qfs0aewjhZUqQgSrQGOLr81' },
    { text: 'const clickhouseKeySecret = \'4b1dxI1rGS3Df1BeDJ9hmJwK1bpFrgJp6lcUcvsZkO\';', secret: '4b1dxI1rGS3Df1BeDJ9hmJwK1bpFrgJp6lcUcvsZkO' },
    '4b1d9dree4k8xs3q03vbzvypm6h8j7kvt921n8tgld',
    { text: 'KEY="4b1d7FOO4UV7BYZHFDAJN9K6JYW4ILGPO0WQCLXX5Q"', secret: '4b1d7FOO4UV7BYZHFDAJN9K6JYW4ILGPO0WQCLXX5Q' },
    { text: 'The key is 4b1d9dree4k8xs3q03vbzvypm6h8j7kvt921n8tgld so please rotate it.', secret: '4b1d9dree4k8xs3q03vbzvypm6h8j7kvt921n8tgld' },
  ],
  negative: [
    'CLICKHOUSE_KEY_SECRET=4b1dxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CLICKHOUSE_KEY_SECRET=<your-clickhouse-cloud-api-secret>',
    'CLICKHOUSE_KEY_SECRET=${CLICKHOUSE_KEY_SECRET}',
    'CLICKHOUSE_KEY_SECRET=4b1d6IUGDOxMrbUaqu54Ok3UHnfMuF0txErShWQ',
    'CLICKHOUSE_KEY_SECRET=4b1d7O3e6F4qpKBdsWLb8gHwYW1gguxrji2mBfCbaCeHj',
    'sha: 4b1d6a4d3a4475514bf6e9904b8e2d1fbbfbeb9df8',
  ],
};
export default fixtures;
