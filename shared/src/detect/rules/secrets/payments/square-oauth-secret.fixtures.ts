import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sq0csp-46Afjb3Eg65GoCOY4i8k6N_bI3tBiP9jkmk2_u3Q8zS',
    { text: 'SQUARE_APP_SECRET=sq0csp-2jFQKcwDiUYXUPpj4JpLB0n6ebE7aeCZLli1xNfL50B', secret: 'sq0csp-2jFQKcwDiUYXUPpj4JpLB0n6ebE7aeCZLli1xNfL50B' },
    { text: '{"square_app_secret": "sq0csp-pBhrYp9PfzjAJUDKivyoidhg2O1T8owB_PLFAxry1k4"}', secret: 'sq0csp-pBhrYp9PfzjAJUDKivyoidhg2O1T8owB_PLFAxry1k4' },
    { text: 'square_app_secret: sq0csp-0mn0aNxRz4_Ms1GdU6ndrfsZJyDbFIv2E3UbBSE435T', secret: 'sq0csp-0mn0aNxRz4_Ms1GdU6ndrfsZJyDbFIv2E3UbBSE435T' },
    { text: 'export SQUARE_APP_SECRET="sq0csp-NzL7tvJDPwgOoue9wKRhET6n8fwD8xJleh5JEW5Ut3U"', secret: 'sq0csp-NzL7tvJDPwgOoue9wKRhET6n8fwD8xJleh5JEW5Ut3U' },
    { text: 'const squareAppSecret = \'sq0csp-s0H3aIYkDzACxLdXiAaEhx3LCtD4UAE2U2vvh0pwWED\';', secret: 'sq0csp-s0H3aIYkDzACxLdXiAaEhx3LCtD4UAE2U2vvh0pwWED' },
  ],
  negative: [
    'SQUARE_APP_SECRET=sq0csp-_xxxxxxxxxxxxx_--_xxxxx-xxxxxxxxxxxxxxxxxxx',
    'SQUARE_APP_SECRET=${SQUARE_APP_SECRET}',
    'SQUARE_APP_SECRET=<your-square-oauth-secret>',
    'SQUARE_APP_SECRET=sq0csp-_uU6isYNUOs0cq_--_F506k-XHUAF3cS2JSWU2hgwE8wE8',
    'SQUARE_APP_SECRET=sq0csp-_uU6isYNUOs0cq_--_F506k-XHUAF3cS2JSWU2hg',
  ],
};
export default fixtures;
