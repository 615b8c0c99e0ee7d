import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sXb24vUhbPEgCQvClolWS3VvJ10-7xENwyEIoEf4umECAzFuRCgV0c==',
    { text: 'AZURE_FUNCTION_KEY=PCqQh6ZdjJpCaZg1u5m4RRdZMp64Cyqy-LZH1v2ZlxTcAzFuElHlvN==', secret: 'PCqQh6ZdjJpCaZg1u5m4RRdZMp64Cyqy-LZH1v2ZlxTcAzFuElHlvN==' },
    { text: '{"function_key": "s0m-zrUf-RUrnHDehAx2efDRQuq33NFDZgz7TT5qkdAzFusmYyiBwN==", "region": "eu-west-1"}', secret: 's0m-zrUf-RUrnHDehAx2efDRQuq33NFDZgz7TT5qkdAzFusmYyiBwN==' },
    { text: '  function_key: 3Eog4tFknLMFtLY0B11WcWXxfkgF_JY4uE0ILXArNytJAzFugvzadB==', secret: '3Eog4tFknLMFtLY0B11WcWXxfkgF_JY4uE0ILXArNytJAzFugvzadB==' },
    { text: 'export AZURE_FUNCTION_KEY="j24yJTnP5CTH-2DEOk0jcT11jNDYvNllyt6cwb1-izzGAzFuL-Oo9x=="', secret: 'j24yJTnP5CTH-2DEOk0jcT11jNDYvNllyt6cwb1-izzGAzFuL-Oo9x==' },
    { text: 'const functionKey = \'oJ1Xpj_QK35C39qnnMdJ9kYfnO9LxcbKtJZ2tG3_f_AzFuE_Xam4do==\';', secret: 'oJ1Xpj_QK35C39qnnMdJ9kYfnO9LxcbKtJZ2tG3_f_AzFuE_Xam4do==' },
    { text: 'curl "https://orders-fn.azurewebsites.net/api/ingest?code=ub7LyZIWno8aaiARfbwDixbRfjixYo51nrra7CLZgLRWAzFupgUapW=="', secret: 'ub7LyZIWno8aaiARfbwDixbRfjixYo51nrra7CLZgLRWAzFupgUapW==' },
    { text: '- name: AZURE_FUNCTION_KEY\n  value: "Z45cwM7RHNW3qgH-PvthGMgRySRiDNs-52mkQ9WYx49kAzFut2_qCe=="', secret: 'Z45cwM7RHNW3qgH-PvthGMgRySRiDNs-52mkQ9WYx49kAzFut2_qCe==' },
  ],
  negative: [
    'AZURE_FUNCTION_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'AZURE_FUNCTION_KEY=<your-azure-function-key>',
    'AZURE_FUNCTION_KEY=${AZURE_FUNCTION_KEY}',
    'AZURE_FUNCTION_KEY=dElXWR9_imQvg3OOfvLZV6DwHXyaOUqylE3Jr-6w_rgwAzFuSJkpL',
    'AZURE_FUNCTION_KEY=AEN5hANGDMtM1CsBtitUirgaWzbJDq8V_pspNUlGSqtvAzFud-92Nm==jBT',
    'key: NNPPluxcM-hqh8Fgyv_qAbs3baGUFMAzFuF4lVUU==',
    'key: X5cFsWOGdRu-9dMYi0yXAzFuVZs0xDjHl_ZcLwKMaWXBcEAi2Lw-00==',
  ],
};
export default fixtures;
