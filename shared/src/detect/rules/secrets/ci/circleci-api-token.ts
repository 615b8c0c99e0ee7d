import { contextRule } from '../../../define';

/** CircleCI API token in the original format: 40 lowercase hex characters next to a CircleCI keyword. */
export const circleciApiToken = contextRule({
  id: 'circleci-api-token',
  title: 'CircleCI API token',
  severity: 'critical',
  confidence: 0.85,
  keywords: [
    'circleci_token',
    'circleci_api_token',
    'circleci_cli_token',
    'circle_token',
    'circle-token',
    'circletoken',
    'circlecitoken',
    'circleci.token',
    'circleci-token',
    'circleciapitoken',
    'circleci.api.token',
    'circleci-api-token',
    'circleciclitoken',
    'circleci.cli.token',
    'circleci-cli-token',
    'circle.token',
  ],
  pattern: /[a-f0-9]{40}/,
  minLength: 40,
  maxLength: 40,
  minEntropy: 3.2,
});
