import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sk-ant-sid01-Uy5Z7S8nL5TM8uwjMv172-1eaVMo0v4b3gibzB82Ep206DZIx38NaUrxeI-ZcIenxH2_2f-6zS4hQILNsU-Kjt4OQPQ22AA',
    { text: 'ANTHROPIC_SESSION_KEY=sk-ant-sid01-KewugBNGn7MIT1OQykrVz1rkH75PYkQtVG9MCuTZk5PaSw4Wmocy2GnSGGNLy67jXaSBDfCduLRYvo-QSzkbKcv3Zv9SzAA', secret: 'sk-ant-sid01-KewugBNGn7MIT1OQykrVz1rkH75PYkQtVG9MCuTZk5PaSw4Wmocy2GnSGGNLy67jXaSBDfCduLRYvo-QSzkbKcv3Zv9SzAA' },
    { text: '{"anthropic_session_key": "sk-ant-sid01-Q9BSEoLxIXSSXkTQptKoTmvP3SOt6iBuvKpVHg9cly4__foAQx-_jXd6hitc1oc6lfjlSjJlGLrvYg2LRh8_WyPjGcmeFAA"}', secret: 'sk-ant-sid01-Q9BSEoLxIXSSXkTQptKoTmvP3SOt6iBuvKpVHg9cly4__foAQx-_jXd6hitc1oc6lfjlSjJlGLrvYg2LRh8_WyPjGcmeFAA' },
    { text: 'anthropic_session_key: sk-ant-sid01-8cE9pFJAlUvFFp86eni8MBI5YqHdeGWh-mC5tsehg6HQzxOOdz6t-RZZzX25CzoGEZpYYR57Ll9UB2KTr891vjmzVNn_sAA', secret: 'sk-ant-sid01-8cE9pFJAlUvFFp86eni8MBI5YqHdeGWh-mC5tsehg6HQzxOOdz6t-RZZzX25CzoGEZpYYR57Ll9UB2KTr891vjmzVNn_sAA' },
    { text: 'export ANTHROPIC_SESSION_KEY="sk-ant-sid01-MbF4-zLVL1IEgiVWC0VBYwXF-yPYx4llLcLvwfcLcLqIPY9hWbgUyVFJRmTDcYlv-P_kdBZ3EWpJSrAsL3iXdOH8fZ_kOAA"', secret: 'sk-ant-sid01-MbF4-zLVL1IEgiVWC0VBYwXF-yPYx4llLcLvwfcLcLqIPY9hWbgUyVFJRmTDcYlv-P_kdBZ3EWpJSrAsL3iXdOH8fZ_kOAA' },
    { text: 'const anthropicSessionKey = \'sk-ant-sid01-Qo-3ctrLvat2BrwMmqSOedqI1pIPKBFp0_35YQO_zc5CubXHm0yPNzM1W88mAkm4l0OwWhE2L1rvTh7KACnyUt-EYX_7UAA\';', secret: 'sk-ant-sid01-Qo-3ctrLvat2BrwMmqSOedqI1pIPKBFp0_35YQO_zc5CubXHm0yPNzM1W88mAkm4l0OwWhE2L1rvTh7KACnyUt-EYX_7UAA' },
  ],
  negative: [
    'ANTHROPIC_SESSION_KEY=sk-ant-sidxx-xxxxxxxxxxxx_xx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxx_xxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ANTHROPIC_SESSION_KEY=${ANTHROPIC_SESSION_KEY}',
    'ANTHROPIC_SESSION_KEY=<your-anthropic-session-key>',
  ],
};
export default fixtures;
