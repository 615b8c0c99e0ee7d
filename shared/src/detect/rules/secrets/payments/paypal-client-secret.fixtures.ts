import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'PAYPAL_CLIENT_SECRET=ERth83vdtXgo23Y21OHTzn74ULS-q6eV7mojCfVcdoi3utbLU-AR12FyhAQ11FzngIYq_67lNioRUOF6', secret: 'ERth83vdtXgo23Y21OHTzn74ULS-q6eV7mojCfVcdoi3utbLU-AR12FyhAQ11FzngIYq_67lNioRUOF6' },
    { text: '{"paypal_client_secret": "EjL79yyiE-T9J7rQihKRHUtrxwfjmKw3j5EB7bLkDO1oyAfczHHccTMMSjNSI0Puj_ZZR4dgkgIEk2f4"}', secret: 'EjL79yyiE-T9J7rQihKRHUtrxwfjmKw3j5EB7bLkDO1oyAfczHHccTMMSjNSI0Puj_ZZR4dgkgIEk2f4' },
    { text: 'paypal_client_secret: E2c7EROgPrLQOTZW8Qy8XOdqyr26msTWrlyscXVmwJ4tLgx9TFF5_rgeuA0GWKxlzd5i9ECPy3UWariY', secret: 'E2c7EROgPrLQOTZW8Qy8XOdqyr26msTWrlyscXVmwJ4tLgx9TFF5_rgeuA0GWKxlzd5i9ECPy3UWariY' },
    { text: 'export PAYPAL_CLIENT_SECRET="ESshDRqFP3IQqMJJBRs7ln2i90sRldN5RUESIGL70nv2DIi3k2IhaYwVs1QT4SP1VRTGlX1lwNVVlvI8"', secret: 'ESshDRqFP3IQqMJJBRs7ln2i90sRldN5RUESIGL70nv2DIi3k2IhaYwVs1QT4SP1VRTGlX1lwNVVlvI8' },
    { text: 'const paypalClientSecret = \'EdQHcKL3do8_hJdrVOpnd-aEAa5cyz2QYSLVRG4LdHTkBGsJcuMO0Ry95HxSdF6pZSX-JojJ2YpROtPf\';', secret: 'EdQHcKL3do8_hJdrVOpnd-aEAa5cyz2QYSLVRG4LdHTkBGsJcuMO0Ry95HxSdF6pZSX-JojJ2YpROtPf' },
  ],
  negative: [
    'PAYPAL_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'PAYPAL_CLIENT_SECRET=${PAYPAL_CLIENT_SECRET}',
    'PAYPAL_CLIENT_SECRET=<your-paypal-client-secret>',
    '"etag": "E2eYSYH7As6oBQqOW3sDP-rUukBYmWURHAO23Cji5Vd8vlcrFJ0P6FwP9sJY51NtT9UK1SOUBRzDuEuj"',
    'PAYPAL_CLIENT_SECRET=E2eYSYH7As6oBQqOW3sDP-rUukBYmWURHAO23Cji5Vd8vlcrFJ0P6FwP9sJY51NtT9UK1SOUBRzDuEujEuj',
    'PAYPAL_CLIENT_SECRET=E2eYSYH7As6oBQqOW3sDP-rUukBYmWURHAO23Cji5Vd8vlcrFJ0P6FwP9sJY51NtT9UK1SOUBRzDu',
    'secret: E86Mro3RMFrFw2J8quV_8HjQJUWiXZ2sXsFnZupiCgrUdTlXBe4tOCh7OWoDr0mpKr-5pJSohL0ASrvZ',
  ],
};
export default fixtures;
