import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/_Z84Zg61X7ARPQ3WYbUCG2trhxJ5kneo1flfa7wh-ypGLotlS66dhrQbnY-GBZ4am_OlMGDej5uvKnzjkkYePpm80O6-J69OD9F-==', secret: '_Z84Zg61X7ARPQ3WYbUCG2trhxJ5kneo1flfa7wh-ypGLotlS66dhrQbnY-GBZ4am_OlMGDej5uvKnzjkkYePpm80O6-J69OD9F-==' },
    { text: 'SUMO_HTTP_SOURCE=https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/dRcS7hsKNCQgtHZrNNSpMkISM4HehDhFHoAWPl9y9bfCL_tyDed_Lk5aiF_WtuBTjeQMmxf1avf7-m-02ZPTftNnz8P1-EtTcELZ==', secret: 'dRcS7hsKNCQgtHZrNNSpMkISM4HehDhFHoAWPl9y9bfCL_tyDed_Lk5aiF_WtuBTjeQMmxf1avf7-m-02ZPTftNnz8P1-EtTcELZ==' },
    { text: '{"sumo_http_source": "https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/hGH_Il0CMhc4SFB2tbgXMmxqSZRvn479i8uCZ1lmj2EOjyDvMrCRlFeDvzRgQ1am6vMu7kdS_9AZm59yTOP9DVlY5KgZbMcysy-L=="}', secret: 'hGH_Il0CMhc4SFB2tbgXMmxqSZRvn479i8uCZ1lmj2EOjyDvMrCRlFeDvzRgQ1am6vMu7kdS_9AZm59yTOP9DVlY5KgZbMcysy-L==' },
    { text: 'sumo_http_source: https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/MC8yCCrugxSuRAWx9lz8Uc1ShXBSK9OR4f0r-D7X3arwpDREwRuW9eADCbApgI6d7vLGmeA4zvTJteNMIFqRktvs32iQorbS_yft==', secret: 'MC8yCCrugxSuRAWx9lz8Uc1ShXBSK9OR4f0r-D7X3arwpDREwRuW9eADCbApgI6d7vLGmeA4zvTJteNMIFqRktvs32iQorbS_yft==' },
    { text: 'export SUMO_HTTP_SOURCE="https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/IkcWAU_GB6toR_ijtR9sa0bQ6DbMhvpOj-lnl4AF2dRkHGJIjBZ_XHlFGFfY94CQbCkblEBxfNqJTv8bHVD_BgCG8zdzwc7JSSce=="', secret: 'IkcWAU_GB6toR_ijtR9sa0bQ6DbMhvpOj-lnl4AF2dRkHGJIjBZ_XHlFGFfY94CQbCkblEBxfNqJTv8bHVD_BgCG8zdzwc7JSSce==' },
    { text: 'const sumoHttpSource = \'https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/uPiZZrrq24Nz_m0nRws85494TPI2okopl09e2JgsagIi8SeqOPXGlROtZYuQw3nFdkPZ5EySMnlVibD_ARictk3CIRMgyb3cc6gT==\';', secret: 'uPiZZrrq24Nz_m0nRws85494TPI2okopl09e2JgsagIi8SeqOPXGlROtZYuQw3nFdkPZ5EySMnlVibD_ARictk3CIRMgyb3cc6gT==' },
  ],
  negative: [
    'SUMO_HTTP_SOURCE=https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/xxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxx-==',
    'SUMO_HTTP_SOURCE=${SUMO_HTTP_SOURCE}',
    'SUMO_HTTP_SOURCE=<your-sumologic-http-source-url>',
  ],
};
export default fixtures;
