import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sk-ant-sid01-8aS_ZVmv7cgfzWGDydxrD_NjsKg1HXYLABJT4khJ-ZvWO3y40ziLzkrmoPaZIyUob9cxPWLBAdMUCgW6DzoAMX0DkmPnpAA',
    { text: 'CLAUDE_SESSION_KEY=sk-ant-sid01-HcV3NnSW--sfD5KXwaaAsBsHzQ8cWFhi5C1h_DKTJ77gxmyjJNNVuKV6PL0otw36NjqnoSJ_8Ol9NDKxeJJskfiQpoIUKAA', secret: 'sk-ant-sid01-HcV3NnSW--sfD5KXwaaAsBsHzQ8cWFhi5C1h_DKTJ77gxmyjJNNVuKV6PL0otw36NjqnoSJ_8Ol9NDKxeJJskfiQpoIUKAA' },
    { text: '{"claude_session_key": "sk-ant-sid01-PnCs_bGzNQf3_3bhVzqC3exa3icIk_IXyMUJEDfAlBJF-vW9qmJYoseu6_Lx7pi9BMAHeIm0k_-D_I0jp380dmX-puGutAA"}', secret: 'sk-ant-sid01-PnCs_bGzNQf3_3bhVzqC3exa3icIk_IXyMUJEDfAlBJF-vW9qmJYoseu6_Lx7pi9BMAHeIm0k_-D_I0jp380dmX-puGutAA' },
    { text: 'claude_session_key: sk-ant-sid01-Br0NF5X7HSoZa_f_UjBWlIeSjvfRpuJEnlWb-hrUdchKmZClsDrxVygIym0yoE9DmLsta7BOS2tjQQe0YI8_zo9Uep5KsAA', secret: 'sk-ant-sid01-Br0NF5X7HSoZa_f_UjBWlIeSjvfRpuJEnlWb-hrUdchKmZClsDrxVygIym0yoE9DmLsta7BOS2tjQQe0YI8_zo9Uep5KsAA' },
    { text: 'export CLAUDE_SESSION_KEY="sk-ant-sid01-g2GzmPA7v-Vi0S8k2KBE5NHtqcHVKMGqZS_FcBUqFTLPV1_LeQfw_n3mguG9IKD1ODnm7DcpuZqj4MqPiblY2WcpCJvfkAA"', secret: 'sk-ant-sid01-g2GzmPA7v-Vi0S8k2KBE5NHtqcHVKMGqZS_FcBUqFTLPV1_LeQfw_n3mguG9IKD1ODnm7DcpuZqj4MqPiblY2WcpCJvfkAA' },
    { text: 'const claudeSessionKey = \'sk-ant-sid01-ymQpV3o3uuaJQt-yFrcBMRTdD0a-5sxacd_vkhDEhkCo3Sz1szv3yxcVXuby68qzHOVh-5sqjbrVdPHcFcZ11uJuhKaOjAA\';', secret: 'sk-ant-sid01-ymQpV3o3uuaJQt-yFrcBMRTdD0a-5sxacd_vkhDEhkCo3Sz1szv3yxcVXuby68qzHOVh-5sqjbrVdPHcFcZ11uJuhKaOjAA' },
  ],
  negative: [
    'CLAUDE_SESSION_KEY=sk-ant-sidxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CLAUDE_SESSION_KEY=${CLAUDE_SESSION_KEY}',
    'CLAUDE_SESSION_KEY=<your-anthropic-session-key>',
    'CLAUDE_SESSION_KEY=sk-ant-sid01-F5X45QEhwc26F1tDp0VA68xz3b2t0Em4E0gonWsj4365dlK3eyJAejbvUDZCqVETwSAw_I0vVrzFR8fRnke65q7gAPOpAAAAAA',
  ],
};
export default fixtures;
