import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sk-ant-admin01-SHhFUYMfKj7JkVM9Nu9zIdYzwu-56nw24NTVnklkiZ3upt0n8KTRDpe0QM9jCc1fh-MB8Jhaqp2-MqTuAHbIb9xM7xVGeAA',
    { text: 'ANTHROPIC_ADMIN_KEY=sk-ant-admin01-TDp3RmDe5vZS4mswa8BDLjK8vfVqe658Yv5YDTQ-rg856YECS7pLKxFVCWDC346zdfFPKHLT_ZcdTG2FBVS-eicd20gesAA', secret: 'sk-ant-admin01-TDp3RmDe5vZS4mswa8BDLjK8vfVqe658Yv5YDTQ-rg856YECS7pLKxFVCWDC346zdfFPKHLT_ZcdTG2FBVS-eicd20gesAA' },
    { text: '{"anthropic_admin_key": "sk-ant-admin01-70IqY0p4jGav62HRnIIw8A6arqQLewX1AiAP1JXeQRNfUrWN3F_rGxBiZJnr6OtnsTKfv8OL17_CfNEEGsjFTLpRXwhEUAA"}', secret: 'sk-ant-admin01-70IqY0p4jGav62HRnIIw8A6arqQLewX1AiAP1JXeQRNfUrWN3F_rGxBiZJnr6OtnsTKfv8OL17_CfNEEGsjFTLpRXwhEUAA' },
    { text: 'anthropic_admin_key: sk-ant-admin01-0WUdI0rizg9dhPn7s4hIIfX1OHYBxSR8J3aq6jfLpE5YwFCtS6d7r5t5lr7ZPR9Np2aL9d2fs7EMhVS5j7DU8tMJ27PoBAA', secret: 'sk-ant-admin01-0WUdI0rizg9dhPn7s4hIIfX1OHYBxSR8J3aq6jfLpE5YwFCtS6d7r5t5lr7ZPR9Np2aL9d2fs7EMhVS5j7DU8tMJ27PoBAA' },
    { text: 'export ANTHROPIC_ADMIN_KEY="sk-ant-admin01-l2KcY-sCN0qRSzElmPkjLasFllnWoIPmBjHpfbEMUuzGEwlUY5TP97sXDlnrX1LnbyekTG_EV-KvoPk0Ac8-oZ-liUOTPAA"', secret: 'sk-ant-admin01-l2KcY-sCN0qRSzElmPkjLasFllnWoIPmBjHpfbEMUuzGEwlUY5TP97sXDlnrX1LnbyekTG_EV-KvoPk0Ac8-oZ-liUOTPAA' },
    { text: 'const anthropicAdminKey = \'sk-ant-admin01-jKplLph6oL_fZGxYFjZ7kq7l2XspN-Tnc3pQ2AIBbxs5n707e0KXlcpqaQ8k_TMEqEMfkqkoQlQHFx41bL31lcGzm7Rl8AA\';', secret: 'sk-ant-admin01-jKplLph6oL_fZGxYFjZ7kq7l2XspN-Tnc3pQ2AIBbxs5n707e0KXlcpqaQ8k_TMEqEMfkqkoQlQHFx41bL31lcGzm7Rl8AA' },
  ],
  negative: [
    'ANTHROPIC_ADMIN_KEY=sk-ant-adminxx-xxxxxxxxxxxxxxxx_xx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ANTHROPIC_ADMIN_KEY=${ANTHROPIC_ADMIN_KEY}',
    'ANTHROPIC_ADMIN_KEY=<your-anthropic-admin-key>',
  ],
};
export default fixtures;
