import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'AKID1RxbAlDVj6OmNDHavReEcWIdGjzNDCkn',
    { text: 'TENCENTCLOUD_SECRET_ID=AKIDMUPQ1sA6sd1hS7DhirJVU0IIBgaP5ygC', secret: 'AKIDMUPQ1sA6sd1hS7DhirJVU0IIBgaP5ygC' },
    { text: '{"secret_id": "AKID2EjHk60t3JC6esL9xm8bvwwEfxzEp4o7", "region": "eu-west-1"}', secret: 'AKID2EjHk60t3JC6esL9xm8bvwwEfxzEp4o7' },
    { text: '  secret_id: AKIDaXE5WofyxmoaxWGF66VtaoIanbmkdINQ', secret: 'AKIDaXE5WofyxmoaxWGF66VtaoIanbmkdINQ' },
    { text: 'export TENCENTCLOUD_SECRET_ID="AKIDDFcHxN0EvOKqgLU3X7CWz3TDOpaJEk5B"', secret: 'AKIDDFcHxN0EvOKqgLU3X7CWz3TDOpaJEk5B' },
    { text: 'const secretId = \'AKID2uf6S1NAiG6bxpcjO9mvA9Yqhjl0zIQN\';', secret: 'AKID2uf6S1NAiG6bxpcjO9mvA9Yqhjl0zIQN' },
  ],
  negative: [
    'TENCENTCLOUD_SECRET_ID=AKIDxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'TENCENTCLOUD_SECRET_ID=<your-tencent-cloud-secret-id>',
    'TENCENTCLOUD_SECRET_ID=${TENCENTCLOUD_SECRET_ID}',
    'TENCENTCLOUD_SECRET_ID=AKIDjtT4M7hkaQLXwD0KZhfRl0OQDwvtS',
    'TENCENTCLOUD_SECRET_ID=AKID10ivOawCHmt4MkJjU4DbGn3rxYrrNSegiIy',
  ],
};
export default fixtures;
