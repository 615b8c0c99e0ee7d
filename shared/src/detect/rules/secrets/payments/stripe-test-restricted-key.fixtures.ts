import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'rk_test_51MHI2aK3LvmOWG3EHzI89BFsmB8S7IqC0CVOGtIluGhBiU8XbNi0sKSclxUMSeXQIPfln70beV9ya85T2YrcEfQoezCi6FFR8R',
    { text: 'STRIPE_RESTRICTED_KEY=rk_test_51swqWr55ZVY6SfqF26a0WIzDcV6hrslSSW9FDf8cb6yorCmiwpMndrVUsBSIZ3kZGUl9Jy7zqDLK1TBqAANQkn0pFh24hnK0Yd', secret: 'rk_test_51swqWr55ZVY6SfqF26a0WIzDcV6hrslSSW9FDf8cb6yorCmiwpMndrVUsBSIZ3kZGUl9Jy7zqDLK1TBqAANQkn0pFh24hnK0Yd' },
    { text: '{"stripe_restricted_key": "rk_test_512f4F4PAHf75SEoIi2Wxr59yMHdHOIB4sKS2rKeouLQqzYG1GoJaHSMXypblwB36xt932PQG0EgVBSDcUeFZbkWZ67teQEH2Yd"}', secret: 'rk_test_512f4F4PAHf75SEoIi2Wxr59yMHdHOIB4sKS2rKeouLQqzYG1GoJaHSMXypblwB36xt932PQG0EgVBSDcUeFZbkWZ67teQEH2Yd' },
    { text: 'stripe_restricted_key: rk_test_51u9k7taeLHIEQddducCnvhcD8h2CQUFkOuzHsdaKr1JLqze6KnttyuQ0zZ1MF93yfHLsvU3lQXQv6OxMU0FjTsrj54IXkufQpZ', secret: 'rk_test_51u9k7taeLHIEQddducCnvhcD8h2CQUFkOuzHsdaKr1JLqze6KnttyuQ0zZ1MF93yfHLsvU3lQXQv6OxMU0FjTsrj54IXkufQpZ' },
    { text: 'export STRIPE_RESTRICTED_KEY="rk_test_51wFqT9rhv6zu6hlcTCP105Cl1bvSbdiHFg7TEPeWDAA8ozs1ynflcfgnWhpR2NvTLX54xJdfYbjm5dB7mUZYvdudvAd88wVhkY"', secret: 'rk_test_51wFqT9rhv6zu6hlcTCP105Cl1bvSbdiHFg7TEPeWDAA8ozs1ynflcfgnWhpR2NvTLX54xJdfYbjm5dB7mUZYvdudvAd88wVhkY' },
    { text: 'const stripeRestrictedKey = \'rk_test_51DdHsJaejmLJMa6ORcFFX1btAQwLabxo5lXqa3YPdJpx1INPvLiig96BiwuPWNWeCxpFG9ot4GwCtioy976Ft1IpCE8h9lVrZk\';', secret: 'rk_test_51DdHsJaejmLJMa6ORcFFX1btAQwLabxo5lXqa3YPdJpx1INPvLiig96BiwuPWNWeCxpFG9ot4GwCtioy976Ft1IpCE8h9lVrZk' },
    'rk_test_SIvWtfrv5R2giwzQxP',
    { text: 'STRIPE_KEY="rk_test_o9j83n79f83bhgflapsv"', secret: 'rk_test_o9j83n79f83bhgflapsv' },
  ],
  negative: [
    'STRIPE_RESTRICTED_KEY=rk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'STRIPE_RESTRICTED_KEY=${STRIPE_RESTRICTED_KEY}',
    'STRIPE_RESTRICTED_KEY=<your-stripe-test-restricted-key>',
    'rk_test_MySecretKeyHere1',
  ],
};
export default fixtures;
