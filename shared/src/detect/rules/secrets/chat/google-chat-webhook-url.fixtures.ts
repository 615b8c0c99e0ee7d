import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'https://chat.googleapis.com/v1/spaces/AAAAMXgkn68/messages?key=AIzaSyXrfDOawedPo6VEYTVyDoVwiR8Er0lEkLG&token=vLELkdlLhZ0GYh5SxVfNB_qEQqqUy0BP4xyvU_VeAEv%3D', secret: 'vLELkdlLhZ0GYh5SxVfNB_qEQqqUy0BP4xyvU_VeAEv%3D' },
    { text: 'GOOGLE_CHAT_WEBHOOK=https://chat.googleapis.com/v1/spaces/AAAATdtwotb/messages?key=AIzaSysNGeVipOiwpSAd_0C8KmmjMjSJxYmgZuM&token=Qbx3_VAIebmiEUgix7E6_ApQnbiwB5t8HZC4zeUoS8Y%3D', secret: 'Qbx3_VAIebmiEUgix7E6_ApQnbiwB5t8HZC4zeUoS8Y%3D' },
    { text: '{"google_chat_webhook": "https://chat.googleapis.com/v1/spaces/AAAA7hnEKQi/messages?key=AIzaSyJThWHK9chhr5IUWJM9WAYR7mmM7f2CdfH&token=HasxbOY7VRDr3tPGksiHYTfm5tWnemD118gt-wD7Xui%3D"}', secret: 'HasxbOY7VRDr3tPGksiHYTfm5tWnemD118gt-wD7Xui%3D' },
    { text: 'google_chat_webhook: https://chat.googleapis.com/v1/spaces/AAAA0h4FRFr/messages?key=AIzaSySNTn4vaW6jzgBpPjlLjj7JQOlbNjVKUuq&token=QNdEmdPZJJmQxetnGY2ECbLs-yhwSKg8zjSCjLRqXUA%3D', secret: 'QNdEmdPZJJmQxetnGY2ECbLs-yhwSKg8zjSCjLRqXUA%3D' },
    { text: 'export GOOGLE_CHAT_WEBHOOK="https://chat.googleapis.com/v1/spaces/AAAAOV7Aldm/messages?key=AIzaSyUaO11z9HdyixbTbg-wNW3tBl8gcWttPzy&token=XjQXRzhE_Z54k_KG1RmFY2KCVtX_mZPCAItBrAiQgH7%3D"', secret: 'XjQXRzhE_Z54k_KG1RmFY2KCVtX_mZPCAItBrAiQgH7%3D' },
    { text: 'const googleChatWebhook = \'https://chat.googleapis.com/v1/spaces/AAAAnTmlp1C/messages?key=AIzaSyaknMz7MBcUlHhBrn8TCFsRAiK_GkN2cU0&token=8U9BWp40nj1KM1g9VJJ2ZI4mYETiIR9fRJuRbkAShUi%3D\';', secret: '8U9BWp40nj1KM1g9VJJ2ZI4mYETiIR9fRJuRbkAShUi%3D' },
  ],
  negative: [
    'GOOGLE_CHAT_WEBHOOK=https://chat.googleapis.com/v1/spaces/AAAAd7B5Kte/messages?key=AIzaSyisMKeiVQmwjLStbGaAxKlDa3O0T8hgCn6&token=xxxxxxxx-x_xxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxx%xx',
    'GOOGLE_CHAT_WEBHOOK=${GOOGLE_CHAT_WEBHOOK}',
    'GOOGLE_CHAT_WEBHOOK=<your-google-chat-webhook-url>',
  ],
};
export default fixtures;
