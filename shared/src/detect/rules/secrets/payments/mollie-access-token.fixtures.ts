import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'MOLLIE_ACCESS_TOKEN=access_ZbFtHpVbQlGm9TmjR4uTC7FdYKHOUWkJxVC9WBCg', secret: 'access_ZbFtHpVbQlGm9TmjR4uTC7FdYKHOUWkJxVC9WBCg' },
    { text: '{"mollie_access_token": "access_SnZSdUoirNPaTDOAfjJUn9Dx3RVbOxiSO4jZj1nE"}', secret: 'access_SnZSdUoirNPaTDOAfjJUn9Dx3RVbOxiSO4jZj1nE' },
    { text: 'mollie_access_token: access_3bSkmfQqqOhVQ7tzrFgKGHVG900cw3Mxe6JaXWFb', secret: 'access_3bSkmfQqqOhVQ7tzrFgKGHVG900cw3Mxe6JaXWFb' },
    { text: 'export MOLLIE_ACCESS_TOKEN="access_xTkCcql7VjxeLvTecJFTxV3Vd3SSJHwEsg39ABnv"', secret: 'access_xTkCcql7VjxeLvTecJFTxV3Vd3SSJHwEsg39ABnv' },
    { text: 'const mollieAccessToken = \'access_h2R3avbsAP6YjHYelFOEwxzLc37ddSGoqRLydlvX\';', secret: 'access_h2R3avbsAP6YjHYelFOEwxzLc37ddSGoqRLydlvX' },
  ],
  negative: [
    'MOLLIE_ACCESS_TOKEN=access_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'MOLLIE_ACCESS_TOKEN=${MOLLIE_ACCESS_TOKEN}',
    'MOLLIE_ACCESS_TOKEN=<your-mollie-access-token>',
    '"etag": "access_CbSNpt649wn576aT62i91tf32MAN9cQkGwzwDF5X"',
    'MOLLIE_ACCESS_TOKEN=access_CbSNpt649wn576aT62i91tf32MAN9cQkGwzwDF5XF5X',
    'MOLLIE_ACCESS_TOKEN=access_CbSNpt649wn576aT62i91tf32MAN9cQkGwzwD',
    'token: access_mHPCZ5oHAlHPJLQAHR9GrUr245pHuQuwA6zpjOIZ',
  ],
};
export default fixtures;
