import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'ABSKQmVkcm9ja0FQSUtleS0ydWplLWF0LTE2OTczMjUxNTkxMjpyWS9QZW91ZDA5Y1AwZ0ZNMk8zaDJNN1Y5YWRTNkYwZGJlM0JRRlhr',
    { text: 'AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS14dTZqLWF0LTQ3ODY5NjE5NzAwODpMbzFOUDRJRmhZS3lVR1Z2U0ZBTFNJSGdTU2NHUWZSQkdscjlQL1dZ', secret: 'ABSKQmVkcm9ja0FQSUtleS14dTZqLWF0LTQ3ODY5NjE5NzAwODpMbzFOUDRJRmhZS3lVR1Z2U0ZBTFNJSGdTU2NHUWZSQkdscjlQL1dZ' },
    { text: '{"aws_bearer_token_bedrock": "ABSKQmVkcm9ja0FQSUtleS1lN2l1LWF0LTIyNDYyNzczMDg5NDpDbHFZMG1Da0ZYdGRVMmRJWTh1T0NzNUVIajJwb0tLVjNDR2VQK0Er", "region": "eu-west-1"}', secret: 'ABSKQmVkcm9ja0FQSUtleS1lN2l1LWF0LTIyNDYyNzczMDg5NDpDbHFZMG1Da0ZYdGRVMmRJWTh1T0NzNUVIajJwb0tLVjNDR2VQK0Er' },
    { text: '  aws_bearer_token_bedrock: ABSKQmVkcm9ja0FQSUtleS1hNHBzLWF0LTczMDE3MzI2NDM1NTpkMnRkS3pUY3EyaUprdWttbnVHR2VNUVNCUGxCV0FQdGdIc0JlaTlU', secret: 'ABSKQmVkcm9ja0FQSUtleS1hNHBzLWF0LTczMDE3MzI2NDM1NTpkMnRkS3pUY3EyaUprdWttbnVHR2VNUVNCUGxCV0FQdGdIc0JlaTlU' },
    { text: 'export AWS_BEARER_TOKEN_BEDROCK="ABSKQmVkcm9ja0FQSUtleS1qN3d4LWF0LTAyMzUzNTUzMDAyNjpKaW1MVWNFVG1HUFlyY0NnTTZXQ0tKY1ZYeWFqZUpIdGNsb1haSEYv"', secret: 'ABSKQmVkcm9ja0FQSUtleS1qN3d4LWF0LTAyMzUzNTUzMDAyNjpKaW1MVWNFVG1HUFlyY0NnTTZXQ0tKY1ZYeWFqZUpIdGNsb1haSEYv' },
    { text: 'const awsBearerTokenBedrock = \'ABSKQmVkcm9ja0FQSUtleS13ZmsxLWF0LTI3MzIzNzk0MTEzMjpCQ0xRZHlMRXM3M2hERXB6UmZqWTR6K0l2VGVaaFBVOUpBazkwZmxF\';', secret: 'ABSKQmVkcm9ja0FQSUtleS13ZmsxLWF0LTI3MzIzNzk0MTEzMjpCQ0xRZHlMRXM3M2hERXB6UmZqWTR6K0l2VGVaaFBVOUpBazkwZmxF' },
  ],
  negative: [
    'AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleSxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'AWS_BEARER_TOKEN_BEDROCK=<your-aws-bedrock-api-key>',
    'AWS_BEARER_TOKEN_BEDROCK=${AWS_BEARER_TOKEN_BEDROCK}',
    'ABSKQmVkcm9ja0FQSUtleS',
    'ABSKQmVkcm9ja0FQSUtleSLR6mnXLbQXjF',
  ],
};
export default fixtures;
