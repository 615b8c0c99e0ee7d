import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'AAAAuu-5Yx-:APA91bs_80ejYXYevoRQFDiLnmxiQPpMR-jYsuL1Dc_0WOzGLbd9yqi9Ak92CT_rYKLsAJSMeS9Plrn97lhQSIfZEhqzZ6CsBsSTKdaKrZkeehE49YUhanP1JrOQDbmYY4jlcL_HesSc',
    { text: 'FCM_SERVER_KEY=AAAAialrkc4:APA91bu5rSX8LlEChmbE4cjGh9rqlJ70g66GqtMzYJxJKrKWWeM2TsKpawwW-5jF8xFx6eq0yNOJ5zPSIr-kScqPr8hFQsXOqAgq_7jTooLP61frsQpD2eZxMnQxVsPQUhFVFg-z9MZj', secret: 'AAAAialrkc4:APA91bu5rSX8LlEChmbE4cjGh9rqlJ70g66GqtMzYJxJKrKWWeM2TsKpawwW-5jF8xFx6eq0yNOJ5zPSIr-kScqPr8hFQsXOqAgq_7jTooLP61frsQpD2eZxMnQxVsPQUhFVFg-z9MZj' },
    { text: '{"fcm_server_key": "AAAAXWAd2ge:APA91bSQuUpqjyJhSfpQY8V_wglI6GHG8goddK-S1kXSKyGe-Tl5xetKUee7FTZJHtJvOnWdNHdd7cZ01eNiJgP0uTvlnHktrC4YCczAhiXg-jUnVW67O8ZOnIna11ArxCk8evEYGOk6", "region": "eu-west-1"}', secret: 'AAAAXWAd2ge:APA91bSQuUpqjyJhSfpQY8V_wglI6GHG8goddK-S1kXSKyGe-Tl5xetKUee7FTZJHtJvOnWdNHdd7cZ01eNiJgP0uTvlnHktrC4YCczAhiXg-jUnVW67O8ZOnIna11ArxCk8evEYGOk6' },
    { text: '  fcm_server_key: AAAA1hYW05E:APA91bRjp865bm4CoBz6R4WhVQUHhuamtC6r44Ub0yqgsnjY5DyaA-IVSUBna0H3d-kdD77xnRrQyG_Uz2MFCa5x8mom6DhSB99hx6FaWl2rHN8spbSPufOoGsoT-bgzHcm-7V-uZXco', secret: 'AAAA1hYW05E:APA91bRjp865bm4CoBz6R4WhVQUHhuamtC6r44Ub0yqgsnjY5DyaA-IVSUBna0H3d-kdD77xnRrQyG_Uz2MFCa5x8mom6DhSB99hx6FaWl2rHN8spbSPufOoGsoT-bgzHcm-7V-uZXco' },
    { text: 'export FCM_SERVER_KEY="AAAA7WDhq2c:APA91b0CyXs5ESUG-6H7QrtMZ3UIcrrvubxiGoYSmi9jTNSuS0N9I1IrtYZHBmehen8GS2q7YCDX--zMmLIvHH_dwXjTl56SYL729mKG2EqXlU02qcLqHU4u9rDXw2vBxqEG4-hlOxTQ"', secret: 'AAAA7WDhq2c:APA91b0CyXs5ESUG-6H7QrtMZ3UIcrrvubxiGoYSmi9jTNSuS0N9I1IrtYZHBmehen8GS2q7YCDX--zMmLIvHH_dwXjTl56SYL729mKG2EqXlU02qcLqHU4u9rDXw2vBxqEG4-hlOxTQ' },
    { text: 'const fcmServerKey = \'AAAA4yYyj3z:APA91bSiMBYE0Gl5ZsYCdB_7u-yqTg7JzLIXuTgIhGCRLtpY4ypTWS8MqPsZSH9hrtUDowW7JUdRFk7W5fAMkW4xyL4az2beTYcQo7tCdT0hjpoLEFihEeuMUcEOkv48VQFydKwFg1rz\';', secret: 'AAAA4yYyj3z:APA91bSiMBYE0Gl5ZsYCdB_7u-yqTg7JzLIXuTgIhGCRLtpY4ypTWS8MqPsZSH9hrtUDowW7JUdRFk7W5fAMkW4xyL4az2beTYcQo7tCdT0hjpoLEFihEeuMUcEOkv48VQFydKwFg1rz' },
  ],
  negative: [
    'FCM_SERVER_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'FCM_SERVER_KEY=<your-firebase-cloud-messaging-server-key>',
    'FCM_SERVER_KEY=${FCM_SERVER_KEY}',
    'token: APA91bvd8qX8ppz_PI2uabpk8wQKHxami6PKPLUY8KifJ0wpO83Vs2I_HSJq7vk0R4bW_3omN5kW2mY7aFJg2Vb_jSop3yZDJWMcvIseKF1LG40c9h3A19UCp69xYJUV_w8eE7D1pktp',
    'AAAAcC9SXCQ:APA91bcyTRHYmh8tRzjVLhWScH',
  ],
};
export default fixtures;
