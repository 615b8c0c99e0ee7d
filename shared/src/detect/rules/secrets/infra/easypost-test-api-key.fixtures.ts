import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'EZTKUzS3WMXYhwBdgEtzsv0A6Awx8ZcUVA2E5pFdMKswzDJ3ag2K0ZUOsq',
    { text: 'EASYPOST_TEST_API_KEY=EZTKTSU12CEyOc92mZnmL3BplL2LCRyretIQLqH6oYR5E4axJTxZmGnObt', secret: 'EZTKTSU12CEyOc92mZnmL3BplL2LCRyretIQLqH6oYR5E4axJTxZmGnObt' },
    { text: '{"easypost_test_key": "EZTKEtGdQRZsc4JNPFxNEjTs5FrJ0uGzliaNY4ShsKXt6f7nwzkN6zNbLq", "region": "eu-west-1"}', secret: 'EZTKEtGdQRZsc4JNPFxNEjTs5FrJ0uGzliaNY4ShsKXt6f7nwzkN6zNbLq' },
    { text: '  easypost_test_key: EZTKXGrX51aqQxdJcrrgqqEJ2g5Mast7yO2dxISZaBxUjGcknlfR54qUqG', secret: 'EZTKXGrX51aqQxdJcrrgqqEJ2g5Mast7yO2dxISZaBxUjGcknlfR54qUqG' },
    { text: 'export EASYPOST_TEST_API_KEY="EZTKb3ARCtbBF3sihDyeWvatdoalJT6V9qzWQmhAyrxCOn1qaGCPMYMmbh"', secret: 'EZTKb3ARCtbBF3sihDyeWvatdoalJT6V9qzWQmhAyrxCOn1qaGCPMYMmbh' },
    { text: 'const easypostTestKey = \'EZTKqYPLb1T3kK8ziJ40Ly8VVBXq8c3jsyjMfCvSz5T4R5vFhQGSLnd5OJ\';', secret: 'EZTKqYPLb1T3kK8ziJ40Ly8VVBXq8c3jsyjMfCvSz5T4R5vFhQGSLnd5OJ' },
    'EZTK7mipws73adx81w0u5f4770e2dpq7kadv2ybonlrfx7ypx9449v3si9',
    { text: 'KEY="EZTKDV4WUTEYP2VA1YVNS1HBWUTUZ9GXI1IIASOAJU5LL289MVS7CGDPX7"', secret: 'EZTKDV4WUTEYP2VA1YVNS1HBWUTUZ9GXI1IIASOAJU5LL289MVS7CGDPX7' },
    { text: 'The key is EZTK7mipws73adx81w0u5f4770e2dpq7kadv2ybonlrfx7ypx9449v3si9 so please rotate it.', secret: 'EZTK7mipws73adx81w0u5f4770e2dpq7kadv2ybonlrfx7ypx9449v3si9' },
  ],
  negative: [
    'EASYPOST_TEST_API_KEY=EZTKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'EASYPOST_TEST_API_KEY=<your-easypost-test-api-key>',
    'EASYPOST_TEST_API_KEY=${EASYPOST_TEST_API_KEY}',
    'EASYPOST_TEST_API_KEY=EZTKuprNEdb93zGuDr4jqWwE2bealNDy1xTUhy2i1QEIDNcrmOSujVt',
    'EASYPOST_TEST_API_KEY=EZTKjycgbuvf7XGraFT30hijLRDfYI7lVyEw3eishLtyk63pzKzpqB7DCGoB9',
  ],
};
export default fixtures;
