import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'https://contoso.webhook.office.com/webhookb2/ca5e973e-3fbd-432a-9c90-b06a3b50b811@f841b799-e67f-45b1-bc98-d93f4a85e17c/IncomingWebhook/249fe13d61206e5ab85a0a2692bed42e/d661da34-80e8-4b49-9660-329cc013591c/V2EyGT3UtCclpk_wGGbpPeYr3tft5iTfRcUFVRdroL', secret: 'webhook.office.com/webhookb2/ca5e973e-3fbd-432a-9c90-b06a3b50b811@f841b799-e67f-45b1-bc98-d93f4a85e17c/IncomingWebhook/249fe13d61206e5ab85a0a2692bed42e/d661da34-80e8-4b49-9660-329cc013591c/V2EyGT3UtCclpk_wGGbpPeYr3tft5iTfRcUFVRdroL' },
    { text: 'TEAMS_WEBHOOK_URL=https://contoso.webhook.office.com/webhookb2/b23ef2f6-9cce-4824-a19b-97237fa9ec6e@e7f949ae-e470-44b0-97c1-5f57f4a0a72d/IncomingWebhook/460d06a78a69c0728ea93ed3bde0a64e/7b130c94-9e6e-41a6-b17e-aef34d741646/V2wAYYoUocWqaUdu_1wWxyuTZoB5PQo2hxrWQkoQzI', secret: 'webhook.office.com/webhookb2/b23ef2f6-9cce-4824-a19b-97237fa9ec6e@e7f949ae-e470-44b0-97c1-5f57f4a0a72d/IncomingWebhook/460d06a78a69c0728ea93ed3bde0a64e/7b130c94-9e6e-41a6-b17e-aef34d741646/V2wAYYoUocWqaUdu_1wWxyuTZoB5PQo2hxrWQkoQzI' },
    { text: '{"teams_webhook_url": "https://contoso.webhook.office.com/webhookb2/9de146bc-bd42-40bb-a4b2-f188c9350f02@6c0fce24-3ab9-41d5-be19-239a90eab3f5/IncomingWebhook/2b2959a011121e55ca4dd2ddda0955f6/c3077e5a-cb56-47d9-8611-b15ab54dea39/V2jXxE8NdHwQRQp1ZCzCA3rzPl2Rnsyv-EMcvndNun"}', secret: 'webhook.office.com/webhookb2/9de146bc-bd42-40bb-a4b2-f188c9350f02@6c0fce24-3ab9-41d5-be19-239a90eab3f5/IncomingWebhook/2b2959a011121e55ca4dd2ddda0955f6/c3077e5a-cb56-47d9-8611-b15ab54dea39/V2jXxE8NdHwQRQp1ZCzCA3rzPl2Rnsyv-EMcvndNun' },
    { text: 'teams_webhook_url: https://contoso.webhook.office.com/webhookb2/8b000efa-798b-49f5-a5c5-fced35f5708c@b4b01d3b-afe4-485f-b81b-31127326ff22/IncomingWebhook/ac4b1ddab77150ccfc8c23bb18c7a1e9/7b195769-559a-4698-9169-cf38ebd23294/V27kqzq88o-EVETE6jtYKhgPFGAAmvRv_8dirHRnt7', secret: 'webhook.office.com/webhookb2/8b000efa-798b-49f5-a5c5-fced35f5708c@b4b01d3b-afe4-485f-b81b-31127326ff22/IncomingWebhook/ac4b1ddab77150ccfc8c23bb18c7a1e9/7b195769-559a-4698-9169-cf38ebd23294/V27kqzq88o-EVETE6jtYKhgPFGAAmvRv_8dirHRnt7' },
    { text: 'export TEAMS_WEBHOOK_URL="https://contoso.webhook.office.com/webhookb2/ee1cbd5e-897c-4f63-a759-22d75ce6a080@52da5953-a175-426f-9654-9d975aafe8d2/IncomingWebhook/e6de068debbf7ec7063932beccd182d6/0c4a8c0a-1fdf-4766-8361-99a8b5f1c658/V2D4OFBzP_bY7iRDYNP_O1fK7TdHJmQh684cVfLNeI"', secret: 'webhook.office.com/webhookb2/ee1cbd5e-897c-4f63-a759-22d75ce6a080@52da5953-a175-426f-9654-9d975aafe8d2/IncomingWebhook/e6de068debbf7ec7063932beccd182d6/0c4a8c0a-1fdf-4766-8361-99a8b5f1c658/V2D4OFBzP_bY7iRDYNP_O1fK7TdHJmQh684cVfLNeI' },
    { text: 'const teamsWebhookUrl = \'https://contoso.webhook.office.com/webhookb2/5e1cb683-fc86-4e8c-94df-4ab23bd81125@adaa403b-5101-4604-95ba-4e3c4577e708/IncomingWebhook/51937e680c04b66c63421c1ebfe68dd1/2f72b49a-80f4-4d45-8771-fa2e6f2e3494/V2CyWx5L6rQFPKsEfP95RXMFvc4K4KzeYxaf71JhOz\';', secret: 'webhook.office.com/webhookb2/5e1cb683-fc86-4e8c-94df-4ab23bd81125@adaa403b-5101-4604-95ba-4e3c4577e708/IncomingWebhook/51937e680c04b66c63421c1ebfe68dd1/2f72b49a-80f4-4d45-8771-fa2e6f2e3494/V2CyWx5L6rQFPKsEfP95RXMFvc4K4KzeYxaf71JhOz' },
    {
      text: "notify:\n  teams: https://outlook.office.com/webhook/13791399-3ed6-da20-9da9-9098b260ff3a@c1c97570-cf1d-cb92-107c-907cbeac0ddd/IncomingWebhook/60132f96aa87e5a4bb15d4dcc513d465/4c340b67-c01f-fff3-195f-80135f3b92c0",
      secret: 'outlook.office.com/webhook/13791399-3ed6-da20-9da9-9098b260ff3a@c1c97570-cf1d-cb92-107c-907cbeac0ddd/IncomingWebhook/60132f96aa87e5a4bb15d4dcc513d465/4c340b67-c01f-fff3-195f-80135f3b92c0',
    },
    { text: 'TEAMS_WEBHOOK_URL=https://contoso.webhook.office.com/webhookb2/p4xsy7py-ry1w-t7cn-ncgk-xh6t6zbdpu73@spk0gvtt-xahe-5zns-szpq-tayintpgwnxc/IncomingWebhook/numxv816b3r978th9c6a1x1ne0wso7ak/gbpz9kmw-jbt2-ivos-wv83-pdevzn1xddrv', secret: 'webhook.office.com/webhookb2/p4xsy7py-ry1w-t7cn-ncgk-xh6t6zbdpu73@spk0gvtt-xahe-5zns-szpq-tayintpgwnxc/IncomingWebhook/numxv816b3r978th9c6a1x1ne0wso7ak/gbpz9kmw-jbt2-ivos-wv83-pdevzn1xddrv' },
  ],
  negative: [
    'Connectors used to post to https://outlook.office.com/webhook/ before the move to webhook.office.com.',
    'TEAMS_WEBHOOK_URL=https://contoso.xxxxxxx.xxxxxx.xxx/xxxxxxxxx/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx@xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/xxxxxxxxxxxxxxx/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/xxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxx',
    'TEAMS_WEBHOOK_URL=${TEAMS_WEBHOOK_URL}',
    'TEAMS_WEBHOOK_URL=<your-teams-webhook-url>',
  ],
};
export default fixtures;
