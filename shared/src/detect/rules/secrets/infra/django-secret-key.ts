import { regexRule } from '../../../define';

/**
 * A Django `SECRET_KEY` as `startproject` writes it: `django-insecure-` and 50 characters of Django's own
 * alphabet (lowercase, digits, `!@#$%^&*(-_=+)`). "Insecure" marks a development key, which still signs
 * sessions and password-reset links wherever it is deployed.
 */
export const djangoSecretKey = regexRule({
  id: 'django-secret-key',
  anchors: ['django-insecure-'],
  title: 'Django secret key',
  severity: 'high',
  confidence: 0.95,
  pattern: /django-insecure-[a-z0-9!@#$%^&*(\-_=+)]{40,60}(?![a-z0-9!@#$%^&*(\-_=+)])/,
  validate: (value) => {
    const body = value.slice('django-insecure-'.length);
    return /[0-9]/.test(body) && /[a-z]/.test(body) && /[^a-z0-9]/.test(body);
  },
});
