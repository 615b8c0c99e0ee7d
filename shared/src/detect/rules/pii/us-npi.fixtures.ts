import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'Referring physician: Dr. Maria Lopez, NPI 1457389025, please fax the results', secret: '1457389025' },
    { text: 'provider_name,npi,taxonomy\nLakeside Family Clinic,2381046574,207Q00000X\n', secret: '2381046574' },
    { text: '{"providerId": "1234567893", "specialty": "cardiology"}', secret: '1234567893' },
    { text: 'National Provider Identifier:\n1987-654-328', secret: '1987-654-328' },
    { text: 'billing provider 1673 520 197 (NPI) on the claim', secret: '1673 520 197' },
  ],
  negative: [
    // The check digit fails.
    'NPI: 1457389021',
    // Passes, but ten digits alone are as likely a phone number.
    'call me back at 1457389025 after five',
    // Passes the check but starts with a 3.
    'NPI 3234567899',
    // Passing numbers labelled as something else, or grouped but unlabelled.
    'contact,phone\nFront desk,2381046574\n',
    'ticket 1987-654-328 closed',
  ],
};
export default fixtures;
