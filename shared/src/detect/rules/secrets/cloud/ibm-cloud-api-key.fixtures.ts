import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'IBMCLOUD_API_KEY=hPSiIuYjuHlKsPXZCGAwG3sZStI-faqHq26shRc9mMAo', secret: 'hPSiIuYjuHlKsPXZCGAwG3sZStI-faqHq26shRc9mMAo' },
    { text: '{"ibm_cloud_apikey": "2XsX0PM3HiedUQrqO1q7GNYpcKztAsOUrLnlDGACV_nV", "region": "eu-west-1"}', secret: '2XsX0PM3HiedUQrqO1q7GNYpcKztAsOUrLnlDGACV_nV' },
    { text: '  ibm_cloud_apikey: HQwuPQ2qHQM9MNUlWxRN2Fhe_zPfPKTr5-nT2TBwhPh5', secret: 'HQwuPQ2qHQM9MNUlWxRN2Fhe_zPfPKTr5-nT2TBwhPh5' },
    { text: 'export IBMCLOUD_API_KEY="3eBifcoNdhtAN45I4AzOfXF3EhWBwbGEsZF2lpghY6KW"', secret: '3eBifcoNdhtAN45I4AzOfXF3EhWBwbGEsZF2lpghY6KW' },
    { text: 'const ibmCloudApikey = \'3QB27XugpowVxhPHxrTlX_XLZVvZzqX8t8CKnZvnJ9zm\';', secret: '3QB27XugpowVxhPHxrTlX_XLZVvZzqX8t8CKnZvnJ9zm' },
  ],
  negative: [
    'IBMCLOUD_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'IBMCLOUD_API_KEY=<your-ibm-cloud-api-key>',
    'IBMCLOUD_API_KEY=${IBMCLOUD_API_KEY}',
    'IBMCLOUD_API_KEY=6gQIIG22FjczOWudAwNCMQIgDhrDmwjMqRRAppsmy',
    'IBMCLOUD_API_KEY=IKg1gBUKXHLiImRuoFPhUPcgq3b8gycT_qEoyNEcgdODWZZ',
    'checksum: 4NM3wNtBi5Q1ebOUxBnFdbJbk1DAy8MQHg9g-ZInEAvY',
    'const ref = "nYHc9rhqwNNBLk7hpgosVCxCoWc-DKrdOTEktvWxwn69";',
  ],
};
export default fixtures;
