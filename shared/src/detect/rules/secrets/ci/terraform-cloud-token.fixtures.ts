import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'QwxU9O0G94OVry.atlasv1.MW8TpfH4JGNECdsVhDrknY2KkM-o4PcSKO64LtHsdgf_l4ZW95i3fKm3viJ3Z6Ln99x',
    { text: 'TF_TOKEN_app_terraform_io=df7BCM6ljDe3eX.atlasv1.4XtKcIFDAQrr6QqMKo0pKD3NLZte5Oil5u9cfG-NMLaNspoYJp8vJOUPteGCVe1McZI', secret: 'df7BCM6ljDe3eX.atlasv1.4XtKcIFDAQrr6QqMKo0pKD3NLZte5Oil5u9cfG-NMLaNspoYJp8vJOUPteGCVe1McZI' },
    { text: '{"token": "PWs3fy3fAnmaTf.atlasv1.RhICt0Q6dyznmGsJr8HAWe5L9PH0SLnLhrwdblYO3DYYh7q_0_a2QtHBJGCQzaUgZp0", "region": "eu-west-1"}', secret: 'PWs3fy3fAnmaTf.atlasv1.RhICt0Q6dyznmGsJr8HAWe5L9PH0SLnLhrwdblYO3DYYh7q_0_a2QtHBJGCQzaUgZp0' },
    { text: '  token: xEsRQjaLxNpA1t.atlasv1.lPAyhv9cGBFdY6L9rbXrZI36A9QSy45rJmxI0BMuSHoehMan4MvydYO4pGcA-Z6nCoc', secret: 'xEsRQjaLxNpA1t.atlasv1.lPAyhv9cGBFdY6L9rbXrZI36A9QSy45rJmxI0BMuSHoehMan4MvydYO4pGcA-Z6nCoc' },
    { text: 'export TF_TOKEN_app_terraform_io="cRX2DRf9xV9qHl.atlasv1.pwMsj9hdXF0PT_3GFD-XuVMiHv8LVOqgI3eI4rr2x3W8s5AEY97MsyTsBPNIpPv_O2g"', secret: 'cRX2DRf9xV9qHl.atlasv1.pwMsj9hdXF0PT_3GFD-XuVMiHv8LVOqgI3eI4rr2x3W8s5AEY97MsyTsBPNIpPv_O2g' },
    { text: 'const token = \'PA0IKBAOuT7hOt.atlasv1.wZ6GQH219bgGE2r38v0frHt7wbf1lEeHn3xy4vUODm3vSXICdrkkihYXIpPgyq_rm_h\';', secret: 'PA0IKBAOuT7hOt.atlasv1.wZ6GQH219bgGE2r38v0frHt7wbf1lEeHn3xy4vUODm3vSXICdrkkihYXIpPgyq_rm_h' },
    { text: 'credentials "app.terraform.io" {\n  token = "BkxujlR2OMUYI6.atlasv1.c6p0vJ2SoxwNSs5uFNVqDzrQDhIdkpB0kVmNcw82SvpxyE3K3IhtjLLpQ6TBQ3QF2nS"\n}', secret: 'BkxujlR2OMUYI6.atlasv1.c6p0vJ2SoxwNSs5uFNVqDzrQDhIdkpB0kVmNcw82SvpxyE3K3IhtjLLpQ6TBQ3QF2nS' },
  ],
  negative: [
    'TF_TOKEN_app_terraform_io=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'TF_TOKEN_app_terraform_io=<your-terraform-cloud-token>',
    'TF_TOKEN_app_terraform_io=${TF_TOKEN_app_terraform_io}',
    'release.atlasv1.notes',
    'Da1iClwAqy47LN.atlasv1.jLM9fIeTfy0mlg3MMvhF',
    'token = "z5JR6OOQ6asGee.atlasv1.n1EqLb0C4NIb1dod65qwzy-NY2Pcmbs8yq2ua-6xzuODt-q1zOVpgRI5dEVhbt4JNZuRqo-fXJW"',
    'token = "zcvBCdFSYm.atlasv1.8QIV3bT2HS3Ok9BaXSTE9WOF1fwqJijfIF7CmlOuNH8oehfTtzoV8bHbvim2DZsTAPz"',
  ],
};
export default fixtures;
