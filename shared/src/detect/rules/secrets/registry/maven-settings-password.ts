import { contextRule } from '../../../define';

/** A `<password>` value in Maven `settings.xml` (plain or `{...}` encrypted); property references such as `${env.X}` are skipped. */
export const mavenSettingsPassword = contextRule({
  id: 'maven-settings-password',
  title: 'Maven settings.xml password',
  severity: 'high',
  confidence: 0.75,
  keywords: ['<password>'],
  pattern: /(?!env\.)[A-Za-z0-9_\-+/.~]{8,128}={0,2}/,
  minLength: 8,
  maxLength: 130,
  minEntropy: 3,
  validate: (value) => !/^[A-Za-z_]+(?:[._-][A-Za-z_]+)*$/.test(value),
});
