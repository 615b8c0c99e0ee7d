import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'Personalausweisnummer: T22000129', secret: 'T22000129' },
    { text: "Carta d'identità n. CA48213RK, rilasciata dal Comune di Torino", secret: 'CA48213RK' },
    { text: 'ID card number: XKP207415', secret: 'XKP207415' },
    { text: 'name,id_card\nMarta Nowak,AYW914306\n', secret: 'AYW914306' },
    { text: 'Ausweis Nr. L01X00T47, gültig bis 2031', secret: 'L01X00T47' },
    // Germany's alphabet without vowels: one digit is enough.
    { text: 'Ausweisnummer: LFC7KLMNT', secret: 'LFC7KLMNT' },
  ],
  negative: ['ID card printer ZXP7', 'identity card: see SCANNED', 'id card 2024 renewal', 'order XKP207415 shipped', 'Ausweis vergessen, Termin 2031 verschoben', 'id card: SCANNER2X'],
};
export default fixtures;
