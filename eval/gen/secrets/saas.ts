/** Chat, messaging, email, productivity SaaS, social networks and payments. */
import { b64, b64url } from '../codec';
import { embedded, header, same, tok, type SecretFormat } from '../format';
import { ALPHA, B62, B64URL, HEX_UPPER, LOWER_NUM, UPPER_NUM } from '../rng';

export const chat: SecretFormat[] = [
  tok('slack-bot-token', 'SLACK_BOT_TOKEN', (r) => `xoxb-${r.num(12)}-${r.num(13)}-${r.s(B62, 24)}`),
  tok('slack-user-token', 'SLACK_USER_TOKEN', (r) => `xoxp-${r.num(12)}-${r.num(12)}-${r.num(13)}-${r.hex(32)}`),
  tok('slack-app-token', 'SLACK_APP_TOKEN', (r) => `xapp-1-A${r.s(UPPER_NUM, 10)}-${r.num(13)}-${r.hex(64)}`),
  tok('slack-config-access-token', 'SLACK_CONFIG_TOKEN', (r) => `xoxe.xoxp-1-${r.s(B62, 163)}`),
  tok('slack-config-refresh-token', 'SLACK_CONFIG_REFRESH_TOKEN', (r) => `xoxe-1-${r.s(B62, 146)}`),
  tok('slack-legacy-workspace-token', 'SLACK_TOKEN', (r) => `xoxa-2-${r.num(12)}-${r.num(12)}-${r.num(12)}-${r.hex(32)}`),
  tok('slack-webhook-url', 'SLACK_WEBHOOK_URL', (r) => `https://hooks.slack.com/services/T${r.s(UPPER_NUM, 10)}/B${r.s(UPPER_NUM, 10)}/${r.s(B62, 24)}`),
  tok('slack-workflow-webhook-url', 'SLACK_WORKFLOW_URL', (r) => `https://hooks.slack.com/triggers/T${r.s(UPPER_NUM, 10)}/${r.num(13)}/${r.hex(32)}`),
  // Discord bot tokens: base64(user snowflake) . 6-char timestamp . 38-char HMAC.
  tok('discord-bot-token', 'DISCORD_TOKEN', (r) => b64(r.num(19)).replace(/=+$/, '') + '.' + r.s(B64URL, 6) + '.' + r.s(B64URL, 38)),
  tok('discord-webhook-url', 'DISCORD_WEBHOOK_URL', (r) => `https://discord.com/api/webhooks/${r.num(19)}/${r.s(B64URL, 68)}`),
  tok('telegram-bot-token', 'TELEGRAM_BOT_TOKEN', (r) => `${r.num(10)}:AA${r.s(B64URL, 33)}`),
  tok(
    'microsoft-teams-webhook-url',
    'TEAMS_WEBHOOK_URL',
    (r) => `https://${r.pick(['contoso', 'acmecorp', 'fabrikam'])}.webhook.office.com/webhookb2/${r.uuid()}@${r.uuid()}/IncomingWebhook/${r.hex(32)}/${r.uuid()}`,
  ),
  tok('twilio-api-key', 'TWILIO_API_KEY', (r) => 'SK' + r.hex(32)),
  tok('twilio-auth-token', 'TWILIO_AUTH_TOKEN', (r) => r.hex(32)),
  tok('sendgrid-api-key', 'SENDGRID_API_KEY', (r) => `SG.${r.s(B64URL, 22)}.${r.s(B64URL, 43)}`),
  tok('mailgun-api-key-legacy', 'MAILGUN_API_KEY', (r) => 'key-' + r.hex(32)),
  tok('mailgun-private-api-key', 'MAILGUN_API_KEY', (r) => `${r.hex(32)}-${r.hex(8)}-${r.hex(8)}`),
  tok('mailchimp-api-key', 'MAILCHIMP_API_KEY', (r) => `${r.hex(32)}-us${r.int(1, 21)}`),
  tok('mandrill-api-key', 'MANDRILL_API_KEY', (r) => 'md-' + r.s(B64URL, 22)),
  tok('brevo-api-key', 'BREVO_API_KEY', (r) => `xkeysib-${r.hex(64)}-${r.s(B62, 16)}`),
  tok('brevo-smtp-key', 'BREVO_SMTP_KEY', (r) => `xsmtpsib-${r.hex(64)}-${r.s(B62, 16)}`),
  header('postmark-server-token', 'X-Postmark-Server-Token', (r) => same(r.uuid())),
  tok('resend-api-key', 'RESEND_API_KEY', (r) => `re_${r.s(B62, 8)}_${r.s(B62, 24)}`),
  tok('ably-api-key', 'ABLY_API_KEY', (r) => `${r.s(B64URL, 6)}.${r.s(B64URL, 6)}:${r.s(B64URL, 43)}`),
];

export const saas: SecretFormat[] = [
  // Atlassian API tokens: fixed ATATT3xFfGF0 header, ~171 base64url chars, '=' and an 8-hex CRC.
  tok('atlassian-api-token', 'JIRA_API_TOKEN', (r) => 'ATATT3xFfGF0' + r.s(B64URL, 171) + '=' + r.s(HEX_UPPER, 8)),
  tok('notion-integration-token-legacy', 'NOTION_TOKEN', (r) => 'secret_' + r.s(B62, 43)),
  tok('notion-api-token', 'NOTION_API_KEY', (r) => 'ntn_' + r.num(11) + r.s(B62, 35)),
  tok('linear-api-key', 'LINEAR_API_KEY', (r) => 'lin_api_' + r.s(B62, 40)),
  tok('linear-oauth-token', 'LINEAR_OAUTH_TOKEN', (r) => 'lin_oauth_' + r.hex(64)),
  tok('figma-pat', 'FIGMA_TOKEN', (r) => 'figd_' + r.s(B64URL, 40)),
  tok('airtable-pat', 'AIRTABLE_API_KEY', (r) => `pat${r.s(B62, 14)}.${r.hex(64)}`),
  tok('hubspot-private-app-token', 'HUBSPOT_ACCESS_TOKEN', (r) => `pat-${r.pick(['na1', 'eu1'])}-${r.uuid()}`),
  tok('asana-pat', 'ASANA_TOKEN', (r) => `2/${r.num(16)}/${r.num(16)}:${r.hex(32)}`),
  tok('clickup-api-token', 'CLICKUP_API_TOKEN', (r) => `pk_${r.num(8)}_${r.s(UPPER_NUM, 32)}`),
  tok('trello-api-token', 'TRELLO_TOKEN', (r) => 'ATTA' + r.hex(64) + r.s(HEX_UPPER, 8)),
  tok('zendesk-api-token', 'ZENDESK_API_TOKEN', (r) => r.s(B62, 40)),
  // Intercom access tokens are base64 of "tok:<uuid>:1:0".
  tok('intercom-access-token', 'INTERCOM_ACCESS_TOKEN', (r) => b64(`tok:${r.uuid()}:1:0`).replace(/=+$/, '')),
  tok('typeform-pat', 'TYPEFORM_TOKEN', (r) => `tfp_${r.s(B62, 44)}_${r.s(B62, 14)}`),
  tok('dropbox-short-lived-token', 'DROPBOX_ACCESS_TOKEN', (r) => 'sl.B' + r.s(B64URL, 134)),
  tok('dropbox-long-lived-token', 'DROPBOX_TOKEN', (r) => r.s(B62, 11) + 'AAAAAAAAAA' + r.s(B64URL, 43)),
  tok('contentful-pat', 'CONTENTFUL_MANAGEMENT_TOKEN', (r) => 'CFPAT-' + r.s(B64URL, 43)),
  tok('segment-public-api-token', 'SEGMENT_TOKEN', (r) => 'sgp_' + r.s(B62, 64)),
  tok('launchdarkly-api-key', 'LAUNCHDARKLY_ACCESS_TOKEN', (r) => 'api-' + r.uuid()),
  tok('launchdarkly-sdk-key', 'LAUNCHDARKLY_SDK_KEY', (r) => 'sdk-' + r.uuid()),
  tok('okta-api-token', 'OKTA_API_TOKEN', (r) => '00' + r.s(B64URL, 40)),
  tok('auth0-client-secret', 'AUTH0_CLIENT_SECRET', (r) => r.s(B64URL, 64)),
  tok('algolia-admin-api-key', 'ALGOLIA_ADMIN_API_KEY', (r) => r.hex(32)),
  tok('pagerduty-api-key', 'PAGERDUTY_TOKEN', (r) => r.s(B64URL, 20)),
  tok('frameio-token', 'FRAMEIO_TOKEN', (r) => 'fio-u-' + r.s(B64URL, 64)),
  tok('adafruit-io-key', 'ADAFRUIT_IO_KEY', (r) => 'aio_' + r.s(B62, 28)),
  tok('shippo-api-token', 'SHIPPO_API_KEY', (r) => 'shippo_live_' + r.hex(40)),
  tok('easypost-api-key', 'EASYPOST_API_KEY', (r) => 'EZAK' + r.s(B62, 54)),
  tok('duffel-access-token', 'DUFFEL_ACCESS_TOKEN', (r) => 'duffel_live_' + r.s(B64URL, 43)),
  tok('klaviyo-private-key', 'KLAVIYO_PRIVATE_KEY', (r) => 'pk_' + r.hex(34)),
  tok('shopify-access-token', 'SHOPIFY_ACCESS_TOKEN', (r) => 'shpat_' + r.hex(32)),
  tok('shopify-custom-app-token', 'SHOPIFY_CUSTOM_APP_TOKEN', (r) => 'shpca_' + r.hex(32)),
  tok('shopify-private-app-token', 'SHOPIFY_PASSWORD', (r) => 'shppa_' + r.hex(32)),
  tok('shopify-shared-secret', 'SHOPIFY_API_SECRET', (r) => 'shpss_' + r.hex(32)),
];

export const social: SecretFormat[] = [
  // X/Twitter app-only bearer tokens: 21 'A's then URL-encoded base64.
  tok('twitter-bearer-token', 'TWITTER_BEARER_TOKEN', (r) => 'AAAAAAAAAAAAAAAAAAAAA' + r.s(B62, 6) + 'AAAAAAA' + r.s(B62, 4) + '%2B' + r.s(B62, 30) + '%3D' + r.s(B62, 50)),
  tok('twitter-api-secret', 'TWITTER_API_SECRET', (r) => r.s(B62, 50)),
  tok('facebook-access-token', 'FACEBOOK_ACCESS_TOKEN', (r) => 'EAAG' + r.s(B62, r.int(160, 200))),
  tok('facebook-app-secret', 'FACEBOOK_APP_SECRET', (r) => r.hex(32)),
  tok('linkedin-client-secret', 'LINKEDIN_CLIENT_SECRET', (r) => r.s(B62, 16)),
  tok('reddit-client-secret', 'REDDIT_CLIENT_SECRET', (r) => r.s(B64URL, 30)),
  tok('twitch-client-secret', 'TWITCH_CLIENT_SECRET', (r) => r.s(LOWER_NUM, 30)),
];

export const payments: SecretFormat[] = [
  tok('stripe-secret-key-live', 'STRIPE_SECRET_KEY', (r) => 'sk_live_51' + r.s(B62, 97)),
  tok('stripe-secret-key-test', 'STRIPE_SECRET_KEY', (r) => 'sk_test_51' + r.s(B62, 97)),
  tok('stripe-restricted-key', 'STRIPE_RESTRICTED_KEY', (r) => 'rk_live_51' + r.s(B62, 97)),
  tok('stripe-webhook-secret', 'STRIPE_WEBHOOK_SECRET', (r) => 'whsec_' + r.s(B62, 32)),
  tok('square-access-token', 'SQUARE_ACCESS_TOKEN', (r) => 'EAAA' + r.s(B64URL, 60)),
  tok('square-oauth-secret', 'SQUARE_APPLICATION_SECRET', (r) => 'sq0csp-' + r.s(B64URL, 43)),
  tok('square-legacy-access-token', 'SQUARE_TOKEN', (r) => 'sq0atp-' + r.s(B64URL, 22)),
  tok('braintree-access-token', 'BRAINTREE_ACCESS_TOKEN', (r) => `access_token$production$${r.s(LOWER_NUM, 16)}$${r.hex(32)}`),
  tok('paypal-client-secret', 'PAYPAL_CLIENT_SECRET', (r) => r.s(B64URL, 80)),
  tok('plaid-access-token', 'PLAID_ACCESS_TOKEN', (r) => 'access-production-' + r.uuid()),
  tok('plaid-secret', 'PLAID_SECRET', (r) => r.hex(30)),
  tok('paystack-secret-key', 'PAYSTACK_SECRET_KEY', (r) => 'sk_live_' + r.hex(40)),
  tok('flutterwave-secret-key', 'FLW_SECRET_KEY', (r) => `FLWSECK-${r.hex(32)}-X`),
  tok('razorpay-key-secret', 'RAZORPAY_KEY_SECRET', (r) => r.s(B62, 24)),
  tok('gocardless-access-token', 'GOCARDLESS_ACCESS_TOKEN', (r) => 'live_' + r.s(B64URL, 40)),
  tok('mollie-api-key', 'MOLLIE_API_KEY', (r) => 'live_' + r.s(ALPHA, 30)),
  embedded('coinbase-commerce-api-key', 'COINBASE_COMMERCE_API_KEY', (r) => same(r.uuid())),
  tok(
    'lemonsqueezy-api-key',
    'LEMONSQUEEZY_API_KEY',
    (r) =>
      'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.' +
      b64url(JSON.stringify({ aud: '94d59cef', jti: r.hex(64), iat: 1_700_000_000 + r.int(0, 9e7), sub: r.num(6) })) +
      '.' +
      r.s(B64URL, 342),
  ),
];
