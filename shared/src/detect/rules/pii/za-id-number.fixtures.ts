import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'My South African ID is 8506174821080.', secret: '8506174821080' },
    { text: 'RSA ID: 9302140315194', secret: '9302140315194' },
    { text: 'Refugee ID number 0002294321191 is on file.', secret: '0002294321191' },
    { text: 'name,id_number\nThabo Nkosi,7609301122181\n', secret: '7609301122181' },
    { text: 'identity number 850617 4821 080', secret: '850617 4821 080' },
  ],
  negative: [
    'RSA ID: 9302140315195',
    'ts 8506174821080',
    'SA ID 9302300315190',
    'SA ID 8506174821387',
    'id number 85061748210801',
  ],
};
export default fixtures;
