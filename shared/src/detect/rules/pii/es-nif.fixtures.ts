import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '12345678Z',
    { text: 'DNI: 12.345.678-Z', secret: '12.345.678-Z' },
    { text: 'NIE X1234567L, residencia en Madrid', secret: 'X1234567L' },
    { text: 'nombre;nif\nLucía García;00000001-R\n', secret: '00000001-R' },
    { text: 'DNI 12345678 Z', secret: '12345678 Z' },
    // Lower case, where a label says what it is.
    { text: 'NIF: 48372915m', secret: '48372915m' },
    { text: 'mi NIE es y4821937r', secret: 'y4821937r' },
  ],
  negative: [
    '12345678A',
    'items 12345678 Z',
    'SKU A12345678Z',
    'X1234567LL',
    'v2.12345678Z',
    'ref 48372915m',
    'build y4821937r',
  ],
};
export default fixtures;
