import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'da2-w4gt02hh0j4xf73hyjrmn01x5u',
    { text: 'APPSYNC_API_KEY=da2-riku51rx6840878ftztt6br03b', secret: 'da2-riku51rx6840878ftztt6br03b' },
    { text: '{"aws_appsync_apikey": "da2-376jdqvqwcqzqovyiqa7kc5rr9", "region": "eu-west-1"}', secret: 'da2-376jdqvqwcqzqovyiqa7kc5rr9' },
    { text: '  aws_appsync_apikey: da2-3urn822s25htf2kezurwgnhedu', secret: 'da2-3urn822s25htf2kezurwgnhedu' },
    { text: 'export APPSYNC_API_KEY="da2-f378x5qrvkjcqczca7nol153f2"', secret: 'da2-f378x5qrvkjcqczca7nol153f2' },
    { text: 'const awsAppsyncApikey = \'da2-et6qstwwsvmdkgnbx8f1dzrp2a\';', secret: 'da2-et6qstwwsvmdkgnbx8f1dzrp2a' },
    { text: 'curl -H "x-api-key: da2-b06tctljb81s6sz9020tinim5p" https://abc.appsync-api.eu-west-1.amazonaws.com/graphql', secret: 'da2-b06tctljb81s6sz9020tinim5p' },
  ],
  negative: [
    'APPSYNC_API_KEY=da2-xxxxxxxxxxxxxxxxxxxxxxxxxx',
    'APPSYNC_API_KEY=<your-aws-appsync-api-key>',
    'APPSYNC_API_KEY=${APPSYNC_API_KEY}',
    'APPSYNC_API_KEY=da2-xnp2n79683rfwhpolt5o9t0',
    'APPSYNC_API_KEY=da2-ac3z3y4sg17b2293n4tgnbhi2az3V',
  ],
};
export default fixtures;
