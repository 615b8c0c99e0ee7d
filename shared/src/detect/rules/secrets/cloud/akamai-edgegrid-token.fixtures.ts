import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'akab-jm11xxm9d61dfq41-g75al3ur7sb0wx4e',
    { text: 'AKAMAI_CLIENT_TOKEN=akab-cichxnw432sb26lq-bi9t16ecpdav4516', secret: 'akab-cichxnw432sb26lq-bi9t16ecpdav4516' },
    { text: '{"client_token": "akab-czmjs00prkutz2gl-yg22jxvjkgdy2jgf", "region": "eu-west-1"}', secret: 'akab-czmjs00prkutz2gl-yg22jxvjkgdy2jgf' },
    { text: '  client_token: akab-fgjc71t9sdatypto-55nr6tqus1tcdvok', secret: 'akab-fgjc71t9sdatypto-55nr6tqus1tcdvok' },
    { text: 'export AKAMAI_CLIENT_TOKEN="akab-hvm97itoa66k5ram-mcz8xm5hb0jdqbew"', secret: 'akab-hvm97itoa66k5ram-mcz8xm5hb0jdqbew' },
    { text: 'const clientToken = \'akab-855afjk8mw66qnc0-tgzhnnh0hjhg60qc\';', secret: 'akab-855afjk8mw66qnc0-tgzhnnh0hjhg60qc' },
    { text: '[default]\nclient_secret = fPUTlvSMk0d/wfx122gLQ5tN1mDJLKCRuV9ERylwIRM=\nhost = akab-n63zpw9m1sawx3lf-dby14y2eho8txg2x.luna.akamaiapis.net\naccess_token = akab-llo5cgdmv5ms10rc-6p91lvzlu1zlv6vg', secret: 'akab-llo5cgdmv5ms10rc-6p91lvzlu1zlv6vg' },
  ],
  negative: [
    'AKAMAI_CLIENT_TOKEN=akab-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'AKAMAI_CLIENT_TOKEN=<your-akamai-edgegrid-token>',
    'AKAMAI_CLIENT_TOKEN=${AKAMAI_CLIENT_TOKEN}',
    'AKAMAI_CLIENT_TOKEN=akab-9433ztxm0jhvula8-8j8fugjuuubj0',
    'AKAMAI_CLIENT_TOKEN=akab-cu8tcmh8wfhaajol-3uexxiwohtdue1ibIPg',
    'host = akab-2xy10me75infkztz-nregda0l6cnog80x.luna.akamaiapis.net',
  ],
};
export default fixtures;
