import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'api-E26524DF6E5A8E839D4488CEC7ADC2AC',
    { text: 'SMTP2GO_API_KEY=api-884CD7A06290C40D09222315DD777330', secret: 'api-884CD7A06290C40D09222315DD777330' },
    { text: '{"smtp2go_api_key": "api-00743AC6C626221C2C420CDDEF4DE594"}', secret: 'api-00743AC6C626221C2C420CDDEF4DE594' },
    { text: 'smtp2go_api_key: api-9450A558BE4098B77518F54371884608', secret: 'api-9450A558BE4098B77518F54371884608' },
    { text: 'export SMTP2GO_API_KEY="api-68430099000D9E577FF96DC2DC57CB5F"', secret: 'api-68430099000D9E577FF96DC2DC57CB5F' },
    { text: 'const smtp2goApiKey = \'api-AD69D56A0ACA9B8CD3A04140E9236090\';', secret: 'api-AD69D56A0ACA9B8CD3A04140E9236090' },
  ],
  negative: [
    'SMTP2GO_API_KEY=api-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SMTP2GO_API_KEY=${SMTP2GO_API_KEY}',
    'SMTP2GO_API_KEY=<your-smtp2go-api-key>',
    'SMTP2GO_API_KEY=api-7DB24A258B9DFD4A31EE3ABE020635D55D5',
    'SMTP2GO_API_KEY=api-7DB24A258B9DFD4A31EE3ABE02063',
  ],
};
export default fixtures;
