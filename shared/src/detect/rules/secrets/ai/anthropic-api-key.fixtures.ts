import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sk-ant-api03-6WWHMf7zKbn6V6sya52vQiMqKcTmu1ToXCaIUqZTHN6XfFVmBCvmkHcEq5Ivc-peLe-f0CFRfnGI7gQntB7DNAdkKgFtNAA',
    { text: 'ANTHROPIC_API_KEY=sk-ant-api03-DxtjuuaHti6nrweNdU35fEWFue4ebHkoa9ylTzuGpNMSWF_USd_mKeTk9szmsHzVn3Yf--PTPWLJ5Jmwp34HC1dkPuouUAA', secret: 'sk-ant-api03-DxtjuuaHti6nrweNdU35fEWFue4ebHkoa9ylTzuGpNMSWF_USd_mKeTk9szmsHzVn3Yf--PTPWLJ5Jmwp34HC1dkPuouUAA' },
    { text: '{"anthropic_api_key": "sk-ant-api03-vnbslUGkfvmJhDwA35Twn-bsHgVfFan-kzenWMzvCYKfjxneW21FLBtqJiE7MAh8MIm1RGDnTFr6adaOOo3rKERj-JA7FAA"}', secret: 'sk-ant-api03-vnbslUGkfvmJhDwA35Twn-bsHgVfFan-kzenWMzvCYKfjxneW21FLBtqJiE7MAh8MIm1RGDnTFr6adaOOo3rKERj-JA7FAA' },
    { text: 'anthropic_api_key: sk-ant-api03-vRqpZ9jsLbQsVfWWYDNwib567aakxLDkcJjRieLPWFGE66A8SJk0sg5C3iWPKQhQ2d94vOEPjbR82fidCqy2AkNYGX8-2AA', secret: 'sk-ant-api03-vRqpZ9jsLbQsVfWWYDNwib567aakxLDkcJjRieLPWFGE66A8SJk0sg5C3iWPKQhQ2d94vOEPjbR82fidCqy2AkNYGX8-2AA' },
    { text: 'export ANTHROPIC_API_KEY="sk-ant-api03-aEhb_gGlsOCuQEB3cvQqY_0AjDgL5uDgEJsHDgyLkttvJ5TEI8eE5e5YIj1cEnq3vQlPteH-nINnqJ_Iwjabir0EaZAJyAA"', secret: 'sk-ant-api03-aEhb_gGlsOCuQEB3cvQqY_0AjDgL5uDgEJsHDgyLkttvJ5TEI8eE5e5YIj1cEnq3vQlPteH-nINnqJ_Iwjabir0EaZAJyAA' },
    { text: 'const anthropicApiKey = \'sk-ant-api03-iEnH2VHKboi9QHraxbehAuRI3ZCmadbaqTez2wZeSnypCYszWom2myrGarmDQj3zWBTtRY9im6GFi2JcZQwVKVldACNu1AA\';', secret: 'sk-ant-api03-iEnH2VHKboi9QHraxbehAuRI3ZCmadbaqTez2wZeSnypCYszWom2myrGarmDQj3zWBTtRY9im6GFi2JcZQwVKVldACNu1AA' },
  ],
  negative: [
    'ANTHROPIC_API_KEY=sk-ant-apixx-x_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ANTHROPIC_API_KEY=${ANTHROPIC_API_KEY}',
    'ANTHROPIC_API_KEY=<your-anthropic-api-key>',
  ],
};
export default fixtures;
