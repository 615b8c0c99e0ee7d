import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '12345678Z',
    { text: 'DNI: 12.345.678-Z', secret: '12.345.678-Z' },
    { text: 'NIE X1234567L, residencia en Madrid', secret: 'X1234567L' },
    { text: 'nombre;nif\nLucía García;00000001-R\n', secret: '00000001-R' },
    { text: 'DNI 12345678 Z', secret: '12345678 Z' },
  ],
  negative: [
    '12345678A',
    'items 12345678 Z',
    'SKU A12345678Z',
    'X1234567LL',
    'v2.12345678Z',
  ],
};
export default fixtures;
