import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sk-ant-admin01-_5DEOewXEQxCQNJMCtIwrDGcOz00swIM0SSsaNSWhMzcj5Bo6whywjX_zZi-foz-ZmijSvIGNqbyLyaFg4uxKZp9CoFdtAA',
    { text: 'ANTHROPIC_ADMIN_KEY=sk-ant-admin01-Fsam_4wOTwffGtpsaxKjnq5RSMnng1EHT-UZG4wKpOk4DI4OgFu0sdm6ke2uAhc_cXNS9DMiqqGAchmRlN8AONRvDfZNCAA', secret: 'sk-ant-admin01-Fsam_4wOTwffGtpsaxKjnq5RSMnng1EHT-UZG4wKpOk4DI4OgFu0sdm6ke2uAhc_cXNS9DMiqqGAchmRlN8AONRvDfZNCAA' },
    { text: '{"anthropic_admin_key": "sk-ant-admin01-9J4joWAtVVydipP4UinTJqaaV7VZnjOKpwthajcFk0nZpCoHZ54_pyKJDhFBHHUd6M4bm-n8cX-BUS3Zh0rFQaIn473vFAA"}', secret: 'sk-ant-admin01-9J4joWAtVVydipP4UinTJqaaV7VZnjOKpwthajcFk0nZpCoHZ54_pyKJDhFBHHUd6M4bm-n8cX-BUS3Zh0rFQaIn473vFAA' },
    { text: 'anthropic_admin_key: sk-ant-admin01-mXERYOwoyZjoKpBwpHPNPtu6H008Q8Jfilt1H6cwLyDdVPZWuRVqy901LcvGdYLSvg-TN8rYGPEYCUabaOIJaM8aE-TpbAA', secret: 'sk-ant-admin01-mXERYOwoyZjoKpBwpHPNPtu6H008Q8Jfilt1H6cwLyDdVPZWuRVqy901LcvGdYLSvg-TN8rYGPEYCUabaOIJaM8aE-TpbAA' },
    { text: 'export ANTHROPIC_ADMIN_KEY="sk-ant-admin01-YJ-L6syPn19TLR5D3LP5hs04vgHA2BBXORKNSRTEfKYhWvV78go1PmhFIQNqvVpF2W6CFTaZvI6IHaD02MRx0EllbduDaAA"', secret: 'sk-ant-admin01-YJ-L6syPn19TLR5D3LP5hs04vgHA2BBXORKNSRTEfKYhWvV78go1PmhFIQNqvVpF2W6CFTaZvI6IHaD02MRx0EllbduDaAA' },
    { text: 'const anthropicAdminKey = \'sk-ant-admin01-jTKtn5p8shPkJWokP2zumpZlh6wYb8f2dVDLhfgUZdmoXRTv9FoXs9qDPYkt4Y5_qT5ZgjbVUSC0F-d3F2QDC64hlIImqAA\';', secret: 'sk-ant-admin01-jTKtn5p8shPkJWokP2zumpZlh6wYb8f2dVDLhfgUZdmoXRTv9FoXs9qDPYkt4Y5_qT5ZgjbVUSC0F-d3F2QDC64hlIImqAA' },
  ],
  negative: [
    'ANTHROPIC_ADMIN_KEY=sk-ant-adminxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxx_xxxxxx',
    'ANTHROPIC_ADMIN_KEY=${ANTHROPIC_ADMIN_KEY}',
    'ANTHROPIC_ADMIN_KEY=<your-anthropic-admin-key>',
  ],
};
export default fixtures;
