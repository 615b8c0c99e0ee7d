import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'token-zp784:eoh14e7nslqgq0kb8fbrku53jjtzhiuttnv9669gz19syrsp89yf7n',
    { text: 'CATTLE_TOKEN=token-qoys4:biz31rlwuqeumfn34w0zf4432eagju5poa19hkpre900pivkpurlph', secret: 'token-qoys4:biz31rlwuqeumfn34w0zf4432eagju5poa19hkpre900pivkpurlph' },
    { text: '{"rancher_token": "token-tymh6:myt75g7os3p1gkj5t9tzthb3v1fnuaavt0w5fwrtzondsk52c0ykqz", "region": "eu-west-1"}', secret: 'token-tymh6:myt75g7os3p1gkj5t9tzthb3v1fnuaavt0w5fwrtzondsk52c0ykqz' },
    { text: '  rancher_token: token-qgueh:l36dhspgz88fownjbt4yfuts255dyeceil65wzlptzfvcrl2le8ui4', secret: 'token-qgueh:l36dhspgz88fownjbt4yfuts255dyeceil65wzlptzfvcrl2le8ui4' },
    { text: 'export CATTLE_TOKEN="token-i1j0p:x40u5zr5c137zq7lhaabjtg7qc3gmm0trqmah8vn0letduwm0vffkc"', secret: 'token-i1j0p:x40u5zr5c137zq7lhaabjtg7qc3gmm0trqmah8vn0letduwm0vffkc' },
    { text: 'const rancherToken = \'token-src1g:4tengb8mxhk6jpqjy819it65zz9b9m0lh41wd82cxhrb3yjhm9qitt\';', secret: 'token-src1g:4tengb8mxhk6jpqjy819it65zz9b9m0lh41wd82cxhrb3yjhm9qitt' },
  ],
  negative: [
    'CATTLE_TOKEN=token-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CATTLE_TOKEN=<your-rancher-api-token>',
    'CATTLE_TOKEN=${CATTLE_TOKEN}',
    'CATTLE_TOKEN=token-d5trq:2ffadnxg2vc3ci5h3i1zte63snlsiezo2qw26j1uvm3y1xv2fri',
    'CATTLE_TOKEN=token-qzxw1:cm314cykclfqwp4gpdls7j9nrvzvckxat6lbjeyvildr1ptcq2d7a5eIY',
  ],
};
export default fixtures;
