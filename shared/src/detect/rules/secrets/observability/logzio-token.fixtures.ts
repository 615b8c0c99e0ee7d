import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'LOGZIO_TOKEN=LGedaLvvAehjauCAhHTiBHVgCTiEvMpP', secret: 'LGedaLvvAehjauCAhHTiBHVgCTiEvMpP' },
    { text: '{"logzio_token": "LyIDardswPCPMoChqMZCKExQQnAicHAB"}', secret: 'LyIDardswPCPMoChqMZCKExQQnAicHAB' },
    { text: 'logzio_token: yukkOEusNAYKfJnkfTVQJROMlHiDmQmc', secret: 'yukkOEusNAYKfJnkfTVQJROMlHiDmQmc' },
    { text: 'export LOGZIO_TOKEN="MbpNaZcKQWRbNZMfIFaVJtuOMGXxmmEx"', secret: 'MbpNaZcKQWRbNZMfIFaVJtuOMGXxmmEx' },
    { text: 'const logzioToken = \'sTadWCmtGeIcwJiqkupGgcwsKbwNNgAE\';', secret: 'sTadWCmtGeIcwJiqkupGgcwsKbwNNgAE' },
  ],
  negative: [
    'LOGZIO_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'LOGZIO_TOKEN=${LOGZIO_TOKEN}',
    'LOGZIO_TOKEN=<your-logzio-token>',
    '"etag": "pbYmudrcptWcRkKsVCUGSoUvgDOgOVgi"',
    'LOGZIO_TOKEN=pbYmudrcptWcRkKsVCUGSoUvgDOgOVgiVgi',
    'LOGZIO_TOKEN=pbYmudrcptWcRkKsVCUGSoUvgDOgO',
    'token: GOqjvBnqpgwhoKeTAHsiTPuDWTZzmXBA',
  ],
};
export default fixtures;
