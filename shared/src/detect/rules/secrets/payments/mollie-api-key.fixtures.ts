import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'live_CUMrcbBRiUBZYr1A0BRElYIIgpvkQt',
    { text: 'MOLLIE_API_KEY=live_JeGAkti1BNziD9zEIEa4YHKt5WPhkP', secret: 'live_JeGAkti1BNziD9zEIEa4YHKt5WPhkP' },
    { text: '{"mollie_api_key": "live_XC7CSnofu0iGfWE4AKN408UlJWXYjS"}', secret: 'live_XC7CSnofu0iGfWE4AKN408UlJWXYjS' },
    { text: 'mollie_api_key: live_QS3gTWzdPneNZqt0i0E5qvIOEdu7ZU', secret: 'live_QS3gTWzdPneNZqt0i0E5qvIOEdu7ZU' },
    { text: 'export MOLLIE_API_KEY="live_vOBnZ4XXbCiWofwt29InJS7bL76Ual"', secret: 'live_vOBnZ4XXbCiWofwt29InJS7bL76Ual' },
    { text: 'const mollieApiKey = \'live_KHfGZuDjKinnFk9k6Y2Gc4MkXYnyuk\';', secret: 'live_KHfGZuDjKinnFk9k6Y2Gc4MkXYnyuk' },
    // Thirty random letters and no digit.
    { text: 'can you check if this is still valid? live_uXyYVuwNfzyFoJDJcVPnHbPElXEAac', secret: 'live_uXyYVuwNfzyFoJDJcVPnHbPElXEAac' },
  ],
  negative: [
    'MOLLIE_API_KEY=live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'MOLLIE_API_KEY=${MOLLIE_API_KEY}',
    'MOLLIE_API_KEY=<your-mollie-api-key>',
    'MOLLIE_API_KEY=live_Y5MJvznAqZLOuarYsBXZPDDKjKTpxypxy',
    'MOLLIE_API_KEY=live_Y5MJvznAqZLOuarYsBXZPDDKjKT',
    'test_shouldRejectExpiredTokensQuickly',
    'test_RejectsExpiredTokenWhenOffline',
  ],
};
export default fixtures;
