import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'xoxe-1-ICYaePM9MbMtORSYFqhNvnnuWfoUWiG9wKwPy4NRXLGLjACm645wiZIqAHDR7Yrl9d3LbY53JZmQc8CwRapUca4zCVMEMWnVMl1aPoDIplZqFWpftHB3Kq0hEUti98rFq5j12MvDcL290TkqIi',
    { text: 'SLACK_REFRESH_TOKEN=xoxe-1-vVvxTqnlrqov31EXEAiOjtHX8ZN3lGIlUsIbY4oDMAKLW2VnDMZWbXJXf8M27ZbBTTmnYOXxAD0RNXZ0zeKNeV3DAsqFtIF9C3R96gO9XFUOdDH4LIdgYOba454q89KgqFSrPI3mbgACLAZ7aT', secret: 'xoxe-1-vVvxTqnlrqov31EXEAiOjtHX8ZN3lGIlUsIbY4oDMAKLW2VnDMZWbXJXf8M27ZbBTTmnYOXxAD0RNXZ0zeKNeV3DAsqFtIF9C3R96gO9XFUOdDH4LIdgYOba454q89KgqFSrPI3mbgACLAZ7aT' },
    { text: '{"slack_refresh_token": "xoxe-1-dqbDkNq8gKqisSu4ZbOXNnrSHQCSPI0IuShYaWdCSbZSLOL0RS1IX31phbYIQe6apXX1oS3WqSri38bCrlnZgxaV3ivnHHmvLkV3qJppcBIEWm1UihVEu9hzzF8fi1VE2SNFmGMC7KIbks0Xui"}', secret: 'xoxe-1-dqbDkNq8gKqisSu4ZbOXNnrSHQCSPI0IuShYaWdCSbZSLOL0RS1IX31phbYIQe6apXX1oS3WqSri38bCrlnZgxaV3ivnHHmvLkV3qJppcBIEWm1UihVEu9hzzF8fi1VE2SNFmGMC7KIbks0Xui' },
    { text: 'slack_refresh_token: xoxe-1-rZMY0IO8xVZAAI9C9vQFfLyMN0kBBgMPQMLhODGkKepU4jqYEyXrGSctA52h5dU4wDqYwuQ6oH0CqHr7DWikyRuthC7WZPAE9DzCOO3ra7ZSNnevczfDLk9l2n3KhEsrxSzcuE9EcCfwAACdtg', secret: 'xoxe-1-rZMY0IO8xVZAAI9C9vQFfLyMN0kBBgMPQMLhODGkKepU4jqYEyXrGSctA52h5dU4wDqYwuQ6oH0CqHr7DWikyRuthC7WZPAE9DzCOO3ra7ZSNnevczfDLk9l2n3KhEsrxSzcuE9EcCfwAACdtg' },
    { text: 'export SLACK_REFRESH_TOKEN="xoxe-1-OlxfuG8sDLBCQbU9mli9iXlffKcJZZJpGBvIEwA7qRzHPMuoGkDSlZclw1qQcfjIA0tKj9vgiyXEQ1OVcZoS0yLNKORlzwP7MA4spDRA1GZpYdJBow4V9fWciCGCa43sYX6WIeWHzXxz0C7rlA"', secret: 'xoxe-1-OlxfuG8sDLBCQbU9mli9iXlffKcJZZJpGBvIEwA7qRzHPMuoGkDSlZclw1qQcfjIA0tKj9vgiyXEQ1OVcZoS0yLNKORlzwP7MA4spDRA1GZpYdJBow4V9fWciCGCa43sYX6WIeWHzXxz0C7rlA' },
    { text: 'const slackRefreshToken = \'xoxe-1-CJ66T31W3VlOG2bNWd8gDpegpHiuF4aBdfJcVkj82Qsc2NJ2xgGYUfQVU8xXE0qgCCfySHr4m6a47wgVy63tI1oixpa9VtKwCn1pRXSHUG2zVT6FNqgBmxjD0QYb0uqbfsgC4NEKmIFyYPenvH\';', secret: 'xoxe-1-CJ66T31W3VlOG2bNWd8gDpegpHiuF4aBdfJcVkj82Qsc2NJ2xgGYUfQVU8xXE0qgCCfySHr4m6a47wgVy63tI1oixpa9VtKwCn1pRXSHUG2zVT6FNqgBmxjD0QYb0uqbfsgC4NEKmIFyYPenvH' },
  ],
  negative: [
    'SLACK_REFRESH_TOKEN=xoxe-x-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SLACK_REFRESH_TOKEN=${SLACK_REFRESH_TOKEN}',
    'SLACK_REFRESH_TOKEN=<your-slack-config-refresh-token>',
  ],
};
export default fixtures;
