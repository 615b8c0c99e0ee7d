import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'SIN: 130 692 544', secret: '130 692 544' },
    { text: 'Employee social insurance number 287-654-321 (Ontario)', secret: '287-654-321' },
    { text: 'name,sin\nMarc Tremblay,523417897\n', secret: '523417897' },
    { text: "Numéro d'assurance sociale : 947 283 727", secret: '947 283 727' },
    { text: 'SIN 046 454 286', secret: '046 454 286' },
    // Dashed in threes, a SIN stands on its own.
    { text: 'Marc Tremblay 347-677-452, Ontario', secret: '347-677-452' },
  ],
  negative: [
    'SIN: 130 692 545',
    'ticket 130 692 544 closed',
    'using 130692544 as the seed',
    'sin(x) = 0.5, 130-692-544-1',
    'Marc Tremblay 347-677-453, Ontario',
    'budget 130 692 544 EUR',
  ],
};
export default fixtures;
