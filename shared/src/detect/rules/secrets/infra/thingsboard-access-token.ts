import { regexRule } from '../../../define';

/**
 * ThingsBoard device access token in the device API's path (`/api/v1/<token>/telemetry`, `/attributes`,
 * `/rpc`), on ThingsBoard Cloud or a self-hosted server: the token is all a device needs to post as itself.
 */
export const thingsboardAccessToken = regexRule({
  id: 'thingsboard-access-token',
  anchors: ['/api/v1/'],
  title: 'ThingsBoard device access token',
  severity: 'medium',
  confidence: 0.8,
  pattern: /\/api\/v1\/(?<secret>[A-Za-z0-9]{20})\/(?:telemetry|attributes|rpc)(?![A-Za-z0-9])/,
  requires: { digit: true, lower: true },
});
