import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'dp.st.OkijWc7BN1cy406zqsieWCgzNOs87EPapRSC2hyQohh',
    { text: 'DOPPLER_TOKEN=dp.st.IpnnTe2NrUBAY56PbdG37FdDX9E6ej14SXGRK4pKcLp', secret: 'dp.st.IpnnTe2NrUBAY56PbdG37FdDX9E6ej14SXGRK4pKcLp' },
    { text: '{"doppler_service_token": "dp.st.prd.wfGTTQJoMmBcYxufrUYXfrxBuffqDpHYFxXc8kxFwZH", "region": "eu-west-1"}', secret: 'dp.st.prd.wfGTTQJoMmBcYxufrUYXfrxBuffqDpHYFxXc8kxFwZH' },
    { text: '  doppler_service_token: dp.st.t5uudMAke0YTeTY6N33cqNlpyVqbRUJcXmrVl1UIFzP', secret: 'dp.st.t5uudMAke0YTeTY6N33cqNlpyVqbRUJcXmrVl1UIFzP' },
    { text: 'export DOPPLER_TOKEN="dp.st.prd.Fiu919NfIB1gK0Dx2Tl1adqw4KktkbyXxAzUJw0hTo7"', secret: 'dp.st.prd.Fiu919NfIB1gK0Dx2Tl1adqw4KktkbyXxAzUJw0hTo7' },
    { text: 'const dopplerServiceToken = \'dp.st.prd.DDVQG2PhW5uEs4CnJbOGPiXgTFWen1XIhBkg9GNVdLO\';', secret: 'dp.st.prd.DDVQG2PhW5uEs4CnJbOGPiXgTFWen1XIhBkg9GNVdLO' },
  ],
  negative: [
    'DOPPLER_TOKEN=dp.st.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DOPPLER_TOKEN=<your-doppler-service-token>',
    'DOPPLER_TOKEN=${DOPPLER_TOKEN}',
    'DOPPLER_TOKEN=dp.st.dev.EaBgBVJomPGPBHqi0qtJ',
  ],
};
export default fixtures;
