import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'https://chat.googleapis.com/v1/spaces/AAAAECbEMij/messages?key=AIzaSyaoXbx-b5gZPfUk-c9x-8WsH303_3Y_MzP&token=XeIPa0hTr4Xp9luZqEZdk24PKhcRMcGv9usjnjxw9mv%3D', secret: 'XeIPa0hTr4Xp9luZqEZdk24PKhcRMcGv9usjnjxw9mv%3D' },
    { text: 'GOOGLE_CHAT_WEBHOOK=https://chat.googleapis.com/v1/spaces/AAAAOw7wgur/messages?key=AIzaSyELfU4F4t5SuFZUwmNvA_K78jtwbrRSoRT&token=2kxT9i83Kc86CZGCIZ1D6vCDyXQ32H8l5LMahfxjgPG%3D', secret: '2kxT9i83Kc86CZGCIZ1D6vCDyXQ32H8l5LMahfxjgPG%3D' },
    { text: '{"google_chat_webhook": "https://chat.googleapis.com/v1/spaces/AAAAQnaTa7n/messages?key=AIzaSysWPzjLIrdYuxXlhrPCIB_OTJrZ2CxKslU&token=QU03Cx2nE5ynXR0u7W7zfQEB8mcqWkyY8Q_3JFtHkSP%3D"}', secret: 'QU03Cx2nE5ynXR0u7W7zfQEB8mcqWkyY8Q_3JFtHkSP%3D' },
    { text: 'google_chat_webhook: https://chat.googleapis.com/v1/spaces/AAAANmuVw2E/messages?key=AIzaSyvC4Cs3dJRy9jeaYhB-P2iPhDfaECQZ3bU&token=s-_KfpAOUdUo4AkYpoVRCvA0nR6bE7DaLzzJjyQ3H_E%3D', secret: 's-_KfpAOUdUo4AkYpoVRCvA0nR6bE7DaLzzJjyQ3H_E%3D' },
    { text: 'export GOOGLE_CHAT_WEBHOOK="https://chat.googleapis.com/v1/spaces/AAAAzrnVzVi/messages?key=AIzaSyeNK75eSSr_izRnKcL-HD2sY3WgMd_h7Ed&token=sirWIlTFMkXnK-kAFdLD4ardu4yGTglZJHsHFKsaDhg%3D"', secret: 'sirWIlTFMkXnK-kAFdLD4ardu4yGTglZJHsHFKsaDhg%3D' },
    { text: 'const googleChatWebhook = \'https://chat.googleapis.com/v1/spaces/AAAAiyY3AQm/messages?key=AIzaSyCL9RPeXFG2ebynLAXC3-xen47mwBAZmyA&token=SgAqQS5L_5-W3CqOaqOmo-xfjJsXVtASRmkvibO4I2v%3D\';', secret: 'SgAqQS5L_5-W3CqOaqOmo-xfjJsXVtASRmkvibO4I2v%3D' },
  ],
  negative: [
    'GOOGLE_CHAT_WEBHOOK=https://chat.googleapis.com/v1/spaces/AAAAmLK93SL/messages?key=AIzaSyW9dBPgAPwGWj4QVEHGsbYKKCGcynDSlQu&token=xxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx%xx',
    'GOOGLE_CHAT_WEBHOOK=${GOOGLE_CHAT_WEBHOOK}',
    'GOOGLE_CHAT_WEBHOOK=<your-google-chat-webhook-url>',
  ],
};
export default fixtures;
