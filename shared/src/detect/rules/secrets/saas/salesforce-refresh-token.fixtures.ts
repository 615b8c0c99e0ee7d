import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '5Aep861IpKPrWsLcjogjQTTUkkNTKR9oRxdQKZC4qxBNRGCJa09Cje7cYBYlW7YEEmdVF3VfpsSTiUPjDvulX7a',
    { text: 'SF_REFRESH_TOKEN=5Aep86166iR6Vqr0Xt7n2JsfCjoyFwp9NSQ07nEGLG2PZmtc0Tlbq64g2rFYdqDg6GFIphgO0ymCdodkQdDoqFP', secret: '5Aep86166iR6Vqr0Xt7n2JsfCjoyFwp9NSQ07nEGLG2PZmtc0Tlbq64g2rFYdqDg6GFIphgO0ymCdodkQdDoqFP' },
    { text: '{"sf_refresh_token": "5Aep861v1xh8rzi39gxjVGBd84Pj2fh2x2IeG5cw6DmfelHB6Ss38t4RZYrTeISshwh25FWm8DiFm2ui4mDzaBF"}', secret: '5Aep861v1xh8rzi39gxjVGBd84Pj2fh2x2IeG5cw6DmfelHB6Ss38t4RZYrTeISshwh25FWm8DiFm2ui4mDzaBF' },
    { text: 'sf_refresh_token: 5Aep861srhpJS0KfuLBHYxG07R38cRykDjKhD0wTjFStq0tOA69aRA3aO5vHUn2C7ks0kEjF1CJq3naDtkP6iCT', secret: '5Aep861srhpJS0KfuLBHYxG07R38cRykDjKhD0wTjFStq0tOA69aRA3aO5vHUn2C7ks0kEjF1CJq3naDtkP6iCT' },
    { text: 'export SF_REFRESH_TOKEN="5Aep8611XxuTP1kTgx5BRQD9zt7qiA5hPwwJB4H8dOomaYa783HjVqJXPCj6DflBrDNTzNun5v3dOXjDC6PTSPz"', secret: '5Aep8611XxuTP1kTgx5BRQD9zt7qiA5hPwwJB4H8dOomaYa783HjVqJXPCj6DflBrDNTzNun5v3dOXjDC6PTSPz' },
    { text: 'const sfRefreshToken = \'5Aep861YFHfwKZIAlRXuHwnCr0wQGu1xnonr33yM6UNvKoUUeuIE4BkXRyisnbRmkiO7omns8DyWGTHTmbHpQxL\';', secret: '5Aep861YFHfwKZIAlRXuHwnCr0wQGu1xnonr33yM6UNvKoUUeuIE4BkXRyisnbRmkiO7omns8DyWGTHTmbHpQxL' },
  ],
  negative: [
    'SF_REFRESH_TOKEN=5Aep8xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SF_REFRESH_TOKEN=${SF_REFRESH_TOKEN}',
    'SF_REFRESH_TOKEN=<your-salesforce-refresh-token>',
  ],
};
export default fixtures;
