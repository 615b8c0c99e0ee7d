import type { Rule } from '../../../rule';
import { slackBotToken } from './slack-bot-token';
import { slackUserToken } from './slack-user-token';
import { slackWorkspaceToken } from './slack-workspace-token';
import { slackConfigAccessToken } from './slack-config-access-token';
import { slackConfigRefreshToken } from './slack-config-refresh-token';
import { slackAppToken } from './slack-app-token';
import { slackSessionToken } from './slack-session-token';
import { slackSessionCookie } from './slack-session-cookie';
import { slackLegacyToken } from './slack-legacy-token';
import { slackWebhookUrl } from './slack-webhook-url';
import { slackWorkflowWebhookUrl } from './slack-workflow-webhook-url';
import { discordBotToken } from './discord-bot-token';
import { discordWebhookUrl } from './discord-webhook-url';
import { discordClientSecret } from './discord-client-secret';
import { telegramBotToken } from './telegram-bot-token';
import { teamsWebhookUrl } from './teams-webhook-url';
import { teamsWorkflowWebhookUrl } from './teams-workflow-webhook-url';
import { powerAutomateWorkflowUrl } from './power-automate-workflow-url';
import { mattermostAccessToken } from './mattermost-access-token';
import { zulipApiKey } from './zulip-api-key';
import { gitterAccessToken } from './gitter-access-token';
import { rocketchatAccessToken } from './rocketchat-access-token';
import { webexAccessToken } from './webex-access-token';
import { lineChannelAccessToken } from './line-channel-access-token';
import { lineChannelSecret } from './line-channel-secret';
import { googleChatWebhookUrl } from './google-chat-webhook-url';
import { slackAppSecret } from './slack-app-secret';

export const rules: readonly Rule[] = [
  slackBotToken,
  slackUserToken,
  slackWorkspaceToken,
  slackConfigAccessToken,
  slackConfigRefreshToken,
  slackAppToken,
  slackSessionToken,
  slackSessionCookie,
  slackLegacyToken,
  slackWebhookUrl,
  slackWorkflowWebhookUrl,
  discordBotToken,
  discordWebhookUrl,
  discordClientSecret,
  telegramBotToken,
  teamsWebhookUrl,
  teamsWorkflowWebhookUrl,
  powerAutomateWorkflowUrl,
  mattermostAccessToken,
  zulipApiKey,
  gitterAccessToken,
  rocketchatAccessToken,
  webexAccessToken,
  lineChannelAccessToken,
  lineChannelSecret,
  googleChatWebhookUrl,
  slackAppSecret,
];
