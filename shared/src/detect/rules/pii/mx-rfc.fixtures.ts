import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'Hola, mi RFC es GODE561231GR8, ¿me puedes facturar?', secret: 'GODE561231GR8' },
    { text: 'Factura emitida a MALR850723RK4 el 3 de mayo', secret: 'MALR850723RK4' },
    { text: 'nombre,rfc,cp\nMabe SA de CV,MAB9307148T4,06600\n', secret: 'MAB9307148T4' },
    // The check fails, as for a few percent of numbers in use: the label names it.
    { text: '{"rfc": "bojr890112db9", "regimen": 612}', secret: 'bojr890112db9' },
    { text: 'Registro Federal de Contribuyentes: MUÑ110218LJ6', secret: 'MUÑ110218LJ6' },
    { text: 'The supplier is a Mexican taxpayer, ZENP8101128Y0, registered in 2015.', secret: 'ZENP8101128Y0' },
  ],
  negative: [
    // The check fails, unlabelled; a company's number, unlabelled.
    'Factura para VACE460910SX6 y ABA130601BD3',
    // A CURP starts with the same ten characters.
    'RFC/CURP: GAPR850314MDFRRS04',
    // No 13th month, even labelled.
    'RFC: GODE561331GR8',
    // Lower case without a label; part of a longer token.
    'gode561231gr8 XGODE561231GR8 GODE561231GR8X',
    // A product code with a date in it: the check fails.
    'SKU TEST200101AB1 en stock',
  ],
};
export default fixtures;
