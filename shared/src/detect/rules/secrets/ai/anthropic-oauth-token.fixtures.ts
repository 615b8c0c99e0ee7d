import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sk-ant-oat01-UQp0w3Ur8RjheRDto6gU1UxRl_HfnJR64lCoVRgQ374ZDtZfIorfKo8aYDg8M35M3nQMBcU-TltTxEMfqmIR-X-SUodtmAA',
    { text: 'ANTHROPIC_OAUTH_TOKEN=sk-ant-oat01-qT2PTyz1PlQcBoisXFvNIU3M-Yuoe4f4Fw-az7U80hu8bb2mPISS_qGyqyIlOos1obkURmUPMgxJyd1mbVIcNm-HALDurAA', secret: 'sk-ant-oat01-qT2PTyz1PlQcBoisXFvNIU3M-Yuoe4f4Fw-az7U80hu8bb2mPISS_qGyqyIlOos1obkURmUPMgxJyd1mbVIcNm-HALDurAA' },
    { text: '{"anthropic_oauth_token": "sk-ant-oat01-AlvVdvdsz3rhygWvldOJD1P6p3rrVdFXAjgddPkEUmhGvZa0J1s9VSwviKU3xbbh04ZLe5ar-WKZguYfRDbvy-aH5NzIUAA"}', secret: 'sk-ant-oat01-AlvVdvdsz3rhygWvldOJD1P6p3rrVdFXAjgddPkEUmhGvZa0J1s9VSwviKU3xbbh04ZLe5ar-WKZguYfRDbvy-aH5NzIUAA' },
    { text: 'anthropic_oauth_token: sk-ant-oat01-P1C-FfB89KmNarfvXDmS535VA2GlmayFdCCIqVamEOddqim3U1kzHSfYWzSco0lvvlHWCy2HrN6_jHXJnud0WC3th7CJBAA', secret: 'sk-ant-oat01-P1C-FfB89KmNarfvXDmS535VA2GlmayFdCCIqVamEOddqim3U1kzHSfYWzSco0lvvlHWCy2HrN6_jHXJnud0WC3th7CJBAA' },
    { text: 'export ANTHROPIC_OAUTH_TOKEN="sk-ant-oat01-t4E7g8POmD3afNZfmWy4byvo66nyPTemqZKKqN8TgoRqmDhjURJB3nDN8LAO1YfARZepy61Xcoonpd4LMXtuwq0KWpfJlAA"', secret: 'sk-ant-oat01-t4E7g8POmD3afNZfmWy4byvo66nyPTemqZKKqN8TgoRqmDhjURJB3nDN8LAO1YfARZepy61Xcoonpd4LMXtuwq0KWpfJlAA' },
    { text: 'const anthropicOauthToken = \'sk-ant-oat01-zeiaSj5_Yy2Ohx7tUevPVycM63GGJxHsWUV2MCEnmzsSvfaSSjlxcf-lpA0DnD4x4BiHwJ_DaWoU-5LH6sfjqzqUOnmo9AA\';', secret: 'sk-ant-oat01-zeiaSj5_Yy2Ohx7tUevPVycM63GGJxHsWUV2MCEnmzsSvfaSSjlxcf-lpA0DnD4x4BiHwJ_DaWoU-5LH6sfjqzqUOnmo9AA' },
  ],
  negative: [
    'ANTHROPIC_OAUTH_TOKEN=sk-ant-oatxx-xxxxxxxxxxxxxxxxxxxxxxx_xxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ANTHROPIC_OAUTH_TOKEN=${ANTHROPIC_OAUTH_TOKEN}',
    'ANTHROPIC_OAUTH_TOKEN=<your-anthropic-oauth-token>',
  ],
};
export default fixtures;
