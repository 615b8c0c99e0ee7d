import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'SNAPCHAT_CLIENT_SECRET=dShgxoi5wGGwaQ2ZkaRxkW3bzeZpWCb4eQysgLwX5dU', secret: 'dShgxoi5wGGwaQ2ZkaRxkW3bzeZpWCb4eQysgLwX5dU' },
    { text: '{"snapchat_client_secret": "ZBbW7ht91hAToGo0AUtUwzQMnxEhHSGdX5EEuQRD5JP"}', secret: 'ZBbW7ht91hAToGo0AUtUwzQMnxEhHSGdX5EEuQRD5JP' },
    { text: 'snapchat_client_secret: zaakqmmZNSqgwLlWztzuTq7P6i86Gni8PusKWSqKSvs', secret: 'zaakqmmZNSqgwLlWztzuTq7P6i86Gni8PusKWSqKSvs' },
    { text: 'export SNAPCHAT_CLIENT_SECRET="dweNkqrQ3fHqgAk1M_RzybGDzrDIVdhCqURlZyXt0lX"', secret: 'dweNkqrQ3fHqgAk1M_RzybGDzrDIVdhCqURlZyXt0lX' },
    { text: 'const snapchatClientSecret = \'MqPC3yhj-Oxo8V7Y-x4bsMca4JIi4wWHd6EErBUtfsr\';', secret: 'MqPC3yhj-Oxo8V7Y-x4bsMca4JIi4wWHd6EErBUtfsr' },
  ],
  negative: [
    'SNAPCHAT_CLIENT_SECRET=xxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SNAPCHAT_CLIENT_SECRET=${SNAPCHAT_CLIENT_SECRET}',
    'SNAPCHAT_CLIENT_SECRET=<your-snapchat-client-secret>',
    '"etag": "VTW1t8jkT-ifa0roF10nNkwVXmTd6vXcKWS2cPY3h8r"',
    'client_secret=QOmK9iMJn9c764rPm8fDliQJVZKyrdHYTEI3vA3gHlL',
  ],
};
export default fixtures;
