import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'LOGZIO_TOKEN=bzAxHsHBFvBhPWvdNwHNLvfWcwjVqfXL', secret: 'bzAxHsHBFvBhPWvdNwHNLvfWcwjVqfXL' },
    { text: '{"logzio_token": "kLYZTGrPDfzgBDvHmdBFSNHZhZRqHZzf"}', secret: 'kLYZTGrPDfzgBDvHmdBFSNHZhZRqHZzf' },
    { text: 'logzio_token: xVZqkVonmxcsrsKAkWTSyTXYOKyVJylh', secret: 'xVZqkVonmxcsrsKAkWTSyTXYOKyVJylh' },
    { text: 'export LOGZIO_TOKEN="zznbqqbIPcOeAmdGiElBVvPHujrQTBMP"', secret: 'zznbqqbIPcOeAmdGiElBVvPHujrQTBMP' },
    { text: 'const logzioToken = \'YukWpylMxxlUmSItewIXLAVzdgFrBayI\';', secret: 'YukWpylMxxlUmSItewIXLAVzdgFrBayI' },
  ],
  negative: [
    'LOGZIO_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'LOGZIO_TOKEN=${LOGZIO_TOKEN}',
    'LOGZIO_TOKEN=<your-logzio-token>',
    '"etag": "KpVlUvYFzGNTjswCJNfnZKkFKHgINgng"',
    'LOGZIO_TOKEN=KpVlUvYFzGNTjswCJNfnZKkFKHgINgnggng',
    'LOGZIO_TOKEN=KpVlUvYFzGNTjswCJNfnZKkFKHgIN',
    'token: ywqXlAyOchJaHpKdGPtlFTROuoUcQcBl',
  ],
};
export default fixtures;
