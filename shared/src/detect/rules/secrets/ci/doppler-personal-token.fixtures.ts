import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'dp.pt.lmBQU90oLveoZtrcD4RoHWxSq3S40UHICScXnHs00iW',
    { text: 'DOPPLER_TOKEN=dp.pt.qgocVPWel9kG5yD6VV4Cd929DswgKp82Csw8XaC3jrs', secret: 'dp.pt.qgocVPWel9kG5yD6VV4Cd929DswgKp82Csw8XaC3jrs' },
    { text: '{"doppler_token": "dp.pt.Sw7CZn76pHuTd5XYefeX7045ztPzkR6QuT8zPehKQQb", "region": "eu-west-1"}', secret: 'dp.pt.Sw7CZn76pHuTd5XYefeX7045ztPzkR6QuT8zPehKQQb' },
    { text: '  doppler_token: dp.pt.Zh2hejWIjFuOrQ8D7luuBvPW8M0MkEnK9mOoBponeW1', secret: 'dp.pt.Zh2hejWIjFuOrQ8D7luuBvPW8M0MkEnK9mOoBponeW1' },
    { text: 'export DOPPLER_TOKEN="dp.pt.Vfc26yrcJW3wyK0JTBfzkJXXPSzTVlwetNcNmjYV4mS"', secret: 'dp.pt.Vfc26yrcJW3wyK0JTBfzkJXXPSzTVlwetNcNmjYV4mS' },
    { text: 'const dopplerToken = \'dp.pt.sli7M7E079w7furPRj3g062592QpVPO5bzn3nfea5a9\';', secret: 'dp.pt.sli7M7E079w7furPRj3g062592QpVPO5bzn3nfea5a9' },
    'dp.pt.xb8bn35xnapw1n41rethtcd4n53xxewnq1ehdkh4jps',
    { text: 'KEY="dp.pt.QJUPXVSD7GEENIK8745BHMZNUZ9ZF8AZSRBLZL4K7UD"', secret: 'dp.pt.QJUPXVSD7GEENIK8745BHMZNUZ9ZF8AZSRBLZL4K7UD' },
    { text: 'The key is dp.pt.xb8bn35xnapw1n41rethtcd4n53xxewnq1ehdkh4jps so please rotate it.', secret: 'dp.pt.xb8bn35xnapw1n41rethtcd4n53xxewnq1ehdkh4jps' },
  ],
  negative: [
    'DOPPLER_TOKEN=dp.pt.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DOPPLER_TOKEN=<your-doppler-personal-token>',
    'DOPPLER_TOKEN=${DOPPLER_TOKEN}',
    'DOPPLER_TOKEN=dp.pt.NvezHP5bbiZQLOXqemEv',
  ],
};
export default fixtures;
