import { contextRule } from '../../../define';

/** UptimeRobot main (`u`), monitor (`m`) or read-only (`ur`) API key: prefix + digits + `-` + 24 hex, next to an UptimeRobot keyword. */
export const uptimerobotApiKey = contextRule({
  id: 'uptimerobot-api-key',
  title: 'UptimeRobot API key',
  severity: 'medium',
  confidence: 0.85,
  keywords: ['uptimerobot', 'uptime_robot', 'uptime-robot'],
  pattern: /(?:ur|u|m)\d{5,9}-[a-f0-9]{24}/,
  minLength: 31,
  maxLength: 35,
  minEntropy: 3.3,
});
