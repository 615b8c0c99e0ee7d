import { contextRule } from '../../../define';

/** Gradle Plugin Portal `gradle.publish.key` / `gradle.publish.secret`: 32 base62 characters. */
export const gradlePluginPortalKey = contextRule({
  id: 'gradle-plugin-portal-key',
  title: 'Gradle Plugin Portal publishing key',
  severity: 'high',
  confidence: 0.85,
  keywords: [
    'gradle.publish.secret',
    'gradle_publish_secret',
    'gradle.publish.key',
    'gradle_publish_key',
    'gradlepublishsecret',
    'gradle-publish-secret',
    'gradlepublishkey',
    'gradle-publish-key',
  ],
  pattern: /[A-Za-z0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 4,
  requires: { lower: true, upper: true },
});
