/** A path that starts with a workspace id, as every webhook Slack issues does (`T0DCUJB1Q/…`). */
const WORKSPACE_FIRST = /^T[A-Z0-9]{6,12}\//;

/**
 * Whether the path after `hooks.slack.com/<kind>/` in `value` is a webhook's, given whether it has Slack's own
 * layout (`issued`). Other scanners' patterns (`[A-Za-z0-9+/]{43,56}`) take any 43 to 56 base64 characters
 * there, their samples a random run without the ids: such a path counts when it holds a digit and a letter. A
 * path that starts with a workspace id is held to Slack's layout, so a webhook whose secret is cut or run on
 * stays unmatched.
 */
export function isSlackWebhookPath(value: string, issued: RegExp): boolean {
  if (issued.test(value)) return true;
  const path = value.slice(value.indexOf('/', 'hooks.slack.com/'.length) + 1);
  return !WORKSPACE_FIRST.test(path) && /[0-9]/.test(path) && /[A-Za-z]/.test(path);
}
