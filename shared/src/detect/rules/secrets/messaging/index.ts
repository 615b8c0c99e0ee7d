import type { Rule } from '../../../rule';
import { sendgridApiKey } from './sendgrid-api-key';
import { mailgunApiKey } from './mailgun-api-key';
import { mailgunPrivateKey } from './mailgun-private-key';
import { mailgunSigningKey } from './mailgun-signing-key';
import { mailchimpApiKey } from './mailchimp-api-key';
import { mandrillApiKey } from './mandrill-api-key';
import { postmarkServerToken } from './postmark-server-token';
import { brevoApiKey } from './brevo-api-key';
import { brevoSmtpKey } from './brevo-smtp-key';
import { twilioApiKey } from './twilio-api-key';
import { twilioAccountSid } from './twilio-account-sid';
import { twilioAuthToken } from './twilio-auth-token';
import { messagebirdApiKey } from './messagebird-api-key';
import { vonageApiSecret } from './vonage-api-secret';
import { plivoAuthToken } from './plivo-auth-token';
import { mailjetApiSecret } from './mailjet-api-secret';
import { sparkpostApiKey } from './sparkpost-api-key';
import { resendApiKey } from './resend-api-key';
import { loopsApiKey } from './loops-api-key';
import { customerioApiKey } from './customerio-api-key';
import { telnyxApiKey } from './telnyx-api-key';
import { mailersendApiToken } from './mailersend-api-token';
import { pushoverToken } from './pushover-token';
import { onesignalApiKey } from './onesignal-api-key';
import { onesignalLegacyApiKey } from './onesignal-legacy-api-key';
import { pusherAppSecret } from './pusher-app-secret';
import { ablyApiKey } from './ably-api-key';
import { smtp2goApiKey } from './smtp2go-api-key';
import { klaviyoPrivateKey } from './klaviyo-private-key';
import { africastalkingApiKey } from './africastalking-api-key';
import { pushbulletAccessToken } from './pushbullet-access-token';
import { mailtrapApiToken } from './mailtrap-api-token';

export const rules: readonly Rule[] = [
  sendgridApiKey,
  mailgunApiKey,
  mailgunPrivateKey,
  mailgunSigningKey,
  mailchimpApiKey,
  mandrillApiKey,
  postmarkServerToken,
  brevoApiKey,
  brevoSmtpKey,
  twilioApiKey,
  twilioAccountSid,
  twilioAuthToken,
  messagebirdApiKey,
  vonageApiSecret,
  plivoAuthToken,
  mailjetApiSecret,
  sparkpostApiKey,
  resendApiKey,
  loopsApiKey,
  customerioApiKey,
  telnyxApiKey,
  mailersendApiToken,
  pushoverToken,
  onesignalApiKey,
  onesignalLegacyApiKey,
  pusherAppSecret,
  ablyApiKey,
  smtp2goApiKey,
  klaviyoPrivateKey,
  africastalkingApiKey,
  pushbulletAccessToken,
  mailtrapApiToken,
];
