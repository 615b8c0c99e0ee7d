import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'HCP_CLIENT_SECRET=vj8cuS96IkhUCRYRhTV4HzWmpCBRbS1G2UdYUuL4aSA7TQp1LDbwn3yZvcUN0NUh', secret: 'vj8cuS96IkhUCRYRhTV4HzWmpCBRbS1G2UdYUuL4aSA7TQp1LDbwn3yZvcUN0NUh' },
    { text: '{"hcp_client_secret": "gZMtsSUnurH2Ye3wzcPkHWav1yeRlgCz8YCYufJWisWJ87NDorIqxZbS3LO6Obf9", "region": "eu-west-1"}', secret: 'gZMtsSUnurH2Ye3wzcPkHWav1yeRlgCz8YCYufJWisWJ87NDorIqxZbS3LO6Obf9' },
    { text: '  hcp_client_secret: rrDZPs23YwMLASF7JY7l5NEO80F80LSr09qsTqAHUWEHtOy4Sk7aHsArCQLC0IqO', secret: 'rrDZPs23YwMLASF7JY7l5NEO80F80LSr09qsTqAHUWEHtOy4Sk7aHsArCQLC0IqO' },
    { text: 'export HCP_CLIENT_SECRET="jp26SWNAE9L0WmZS3NEuSjt9mKjV6xx9J9JqmLVJ0ZUWa4mdQEbNmMlSan6R5Kux"', secret: 'jp26SWNAE9L0WmZS3NEuSjt9mKjV6xx9J9JqmLVJ0ZUWa4mdQEbNmMlSan6R5Kux' },
    { text: 'const hcpClientSecret = \'y7Si6DyharhRf3b9XAZ92Hl5f8P0Kslx4wgxjYGrPqXVLGAspOOXIeaU3n7KGiwO\';', secret: 'y7Si6DyharhRf3b9XAZ92Hl5f8P0Kslx4wgxjYGrPqXVLGAspOOXIeaU3n7KGiwO' },
  ],
  negative: [
    'HCP_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'HCP_CLIENT_SECRET=<your-hcp-client-secret>',
    'HCP_CLIENT_SECRET=${HCP_CLIENT_SECRET}',
    'HCP_CLIENT_SECRET=QKcqq19MzrEpawBd6oOftc8V8DmPoYnMQzs3W2obu4xgdVqtkkgo6CKjkaChN',
    'HCP_CLIENT_SECRET=997wUc2UeZsvZQ0eJeQz6ytTYrjTQKjXScjjv1P4ukH6MR7yqQqSzGiDnD0amc3xj1E',
    'checksum: 1IIJzAFrCWJhAbcJIOge5OeVSEAg1uTIQcdfs1EqYao3CVLaB0oRnuF5g56XRHAq',
    'const ref = "F6876NwVXNyBQx6sYXm4vI4AGL37kfPgDEiXBVBc0VXdGVlXzuqgb3ACG9z2hamE";',
  ],
};
export default fixtures;
