import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'fio-u-KqzHYgVY81P-GZ_NaHn47NAcgbWNlfN_qrxsBNfwKZgY4tdh8hu7UPD2HQkF1tmL',
    { text: 'FRAMEIO_TOKEN=fio-u-1mLZbpahJHwRJnYZFQrj6UvT-rC3DRrICZzFgYkjEojx-XrMogbDvmWEjXn5B4X8', secret: 'fio-u-1mLZbpahJHwRJnYZFQrj6UvT-rC3DRrICZzFgYkjEojx-XrMogbDvmWEjXn5B4X8' },
    { text: '{"frameio_token": "fio-u-lYHHXQNlnIhDBZBH_Uflzl29arSKFYk97NWU08a_IurEFuAY5UzDnsW9A7jXN_np", "region": "eu-west-1"}', secret: 'fio-u-lYHHXQNlnIhDBZBH_Uflzl29arSKFYk97NWU08a_IurEFuAY5UzDnsW9A7jXN_np' },
    { text: '  frameio_token: fio-u-ypQ2v1-QSTscGuBF4vETI-Qaj1703rjvKVHBlslq5Nj0p8XAcLOitJaBCn_7pXzH', secret: 'fio-u-ypQ2v1-QSTscGuBF4vETI-Qaj1703rjvKVHBlslq5Nj0p8XAcLOitJaBCn_7pXzH' },
    { text: 'export FRAMEIO_TOKEN="fio-u-lm4q81CB__Zcr7RY7Fac-arQZ5PMDgmLE6qgf8yOhEiAYOPB6njgo1zm620nT0ko"', secret: 'fio-u-lm4q81CB__Zcr7RY7Fac-arQZ5PMDgmLE6qgf8yOhEiAYOPB6njgo1zm620nT0ko' },
    { text: 'const frameioToken = \'fio-u-VxRSXLVb10vGmZL49rtb1aVkU2bEQKYjWVNUStuugBCTeDQOaBOc_T73mUqxedLa\';', secret: 'fio-u-VxRSXLVb10vGmZL49rtb1aVkU2bEQKYjWVNUStuugBCTeDQOaBOc_T73mUqxedLa' },
  ],
  negative: [
    'FRAMEIO_TOKEN=fio-u-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'FRAMEIO_TOKEN=<your-frameio-api-token>',
    'FRAMEIO_TOKEN=${FRAMEIO_TOKEN}',
    'FRAMEIO_TOKEN=fio-u--6ZYsyoNf7m9AdXqvWdQnNhtANjmvFSs2xccVIQgu55xhtYomZ18RaJeInzav',
    'FRAMEIO_TOKEN=fio-u-G2AVQeWb994RGhyIA7HEqQBnLd4XnYupuxaCbAPqyN-1A1Hyv6m0Uin7DjpnnJbJxKm',
  ],
};
export default fixtures;
