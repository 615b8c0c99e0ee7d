import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'dp.ct.76fcPDAyfCJaJfjCH1gcV0e87yL23485SsyRNaJpkfw',
    { text: 'DOPPLER_TOKEN=dp.ct.54D6J1KqGppRdfI2U5t9FI9xZRLYPhr7VwN9tIrT3Vw', secret: 'dp.ct.54D6J1KqGppRdfI2U5t9FI9xZRLYPhr7VwN9tIrT3Vw' },
    { text: '{"doppler_cli_token": "dp.ct.fvufT4H4XykcHEcUPPc9laBcbOMxuQNcJIxeqYoHgPA", "region": "eu-west-1"}', secret: 'dp.ct.fvufT4H4XykcHEcUPPc9laBcbOMxuQNcJIxeqYoHgPA' },
    { text: '  doppler_cli_token: dp.ct.WL1aNeTCDO774wbIoyNVCJKCJ48irDgmWwzVpdCkTjf', secret: 'dp.ct.WL1aNeTCDO774wbIoyNVCJKCJ48irDgmWwzVpdCkTjf' },
    { text: 'export DOPPLER_TOKEN="dp.ct.npRsbElijiIeVNBfvAf9lgSebW41fTN7x8kwDoxC9i5"', secret: 'dp.ct.npRsbElijiIeVNBfvAf9lgSebW41fTN7x8kwDoxC9i5' },
    { text: 'const dopplerCliToken = \'dp.ct.WQBEU4Dwvid0H50za3dwciKRAYc6UeFrjqfEUP2UDrl\';', secret: 'dp.ct.WQBEU4Dwvid0H50za3dwciKRAYc6UeFrjqfEUP2UDrl' },
  ],
  negative: [
    'DOPPLER_TOKEN=dp.ct.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DOPPLER_TOKEN=<your-doppler-cli-token>',
    'DOPPLER_TOKEN=${DOPPLER_TOKEN}',
    'DOPPLER_TOKEN=dp.ct.IBkj5ZMN5MdUPcFQA0tR',
  ],
};
export default fixtures;
