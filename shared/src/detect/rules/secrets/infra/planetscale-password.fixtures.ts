import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'pscale_pw_1cG44r8-OzcG5WnKV-uh9kUVFLri-_qqFokwJq8zt0B',
    { text: 'DATABASE_PASSWORD=pscale_pw_3YnMaNvExnwBx_mX5NYsR3uG-Kc5n0XaujgbsQMKI0M', secret: 'pscale_pw_3YnMaNvExnwBx_mX5NYsR3uG-Kc5n0XaujgbsQMKI0M' },
    { text: '{"planetscale_password": "pscale_pw_SNkLr4BYbEGuxX4y4W6NViIE5n4n23K_vmC2YFzvhjO", "region": "eu-west-1"}', secret: 'pscale_pw_SNkLr4BYbEGuxX4y4W6NViIE5n4n23K_vmC2YFzvhjO' },
    { text: '  planetscale_password: pscale_pw_QBu9HdDzSBHpKxafaFRG89baVC59m0vlnk5YCSFL8F9', secret: 'pscale_pw_QBu9HdDzSBHpKxafaFRG89baVC59m0vlnk5YCSFL8F9' },
    { text: 'export DATABASE_PASSWORD="pscale_pw_vzOZJsZWwYF9wsxjrSP35Zm4npLjmcn0GvarJntruv1"', secret: 'pscale_pw_vzOZJsZWwYF9wsxjrSP35Zm4npLjmcn0GvarJntruv1' },
    { text: 'const planetscalePassword = \'pscale_pw_G2-1X2a2Bb8FqRDYlK5jxXB9ySsaIRNZHyeUtO-w7iJ\';', secret: 'pscale_pw_G2-1X2a2Bb8FqRDYlK5jxXB9ySsaIRNZHyeUtO-w7iJ' },
    'pscale_pw_0Jv6lkI1VrN8x8IJVsVW.tIXnU8ElRZiEm0',
    { text: 'PLANETSCALE_TOKEN="pscale_pw_v9hyz039jk6q00imnlpccvdoeivbbk.qwt9y_-zf-nx6yrv9nwy9x2er9pui"', secret: 'pscale_pw_v9hyz039jk6q00imnlpccvdoeivbbk.qwt9y_-zf-nx6yrv9nwy9x2er9pui' },
  ],
  negative: [
    'DATABASE_PASSWORD=pscale_pw_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'DATABASE_PASSWORD=<your-planetscale-password>',
    'DATABASE_PASSWORD=${DATABASE_PASSWORD}',
    'DATABASE_PASSWORD=pscale_pw_ituVnzWtqlhUvww--bDdsedykCUbWtORD1DXI4TK',
    'DATABASE_PASSWORD=pscale_pw_FlxvPbc5v8ZP1ZpXj_7F745HG5TIa9FKsKBZhzZkWXgATl',
    'pscale_pw_NatFk0QpTxdLMEpx7QzymuyhSYxZSUEoHA-zUm',
  ],
};
export default fixtures;
