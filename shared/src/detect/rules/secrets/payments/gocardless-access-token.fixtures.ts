import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'live_8FqrftpbHEP631j3Ni_DiYCo19-4dl3i7FoieIxZ',
    { text: 'GOCARDLESS_ACCESS_TOKEN=live_rny3ERBrP4MwmCakhXgvk62JMDOvLpZoorytBQgC', secret: 'live_rny3ERBrP4MwmCakhXgvk62JMDOvLpZoorytBQgC' },
    { text: '{"gocardless_access_token": "live_fFJmCFheRN3JaGHFlkT7dSOLWaTS6J9WPiblDs6A"}', secret: 'live_fFJmCFheRN3JaGHFlkT7dSOLWaTS6J9WPiblDs6A' },
    { text: 'gocardless_access_token: live_wXhc8xuEaaDuHO6oIdR760pT8BvG-NZfP77LPOM5', secret: 'live_wXhc8xuEaaDuHO6oIdR760pT8BvG-NZfP77LPOM5' },
    { text: 'export GOCARDLESS_ACCESS_TOKEN="live_O6Sz7pRfafwo_1dXbe0VKjCHc6IeBooAwcqZIuUU"', secret: 'live_O6Sz7pRfafwo_1dXbe0VKjCHc6IeBooAwcqZIuUU' },
    { text: 'const gocardlessAccessToken = \'live_8C4coJpodZhIDgJLiB2x9tHrAm-jr_P6q0zl2DfU\';', secret: 'live_8C4coJpodZhIDgJLiB2x9tHrAm-jr_P6q0zl2DfU' },
  ],
  negative: [
    'GOCARDLESS_ACCESS_TOKEN=live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxx',
    'GOCARDLESS_ACCESS_TOKEN=${GOCARDLESS_ACCESS_TOKEN}',
    'GOCARDLESS_ACCESS_TOKEN=<your-gocardless-access-token>',
    'GOCARDLESS_ACCESS_TOKEN=live_55LmSbWsxxnO9hAciYwf562nQvKQl14kM-Ge2CnPCnP',
    'GOCARDLESS_ACCESS_TOKEN=live_55LmSbWsxxnO9hAciYwf562nQvKQl14kM-Ge2',
  ],
};
export default fixtures;
