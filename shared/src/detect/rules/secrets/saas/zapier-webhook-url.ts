import { tokenRule } from '../../../define';

/** Zapier catch hook: `hooks.zapier.com/hooks/catch/<account>/<hook>/`; anyone holding it can trigger the Zap. */
export const zapierWebhookUrl = tokenRule({
  id: 'zapier-webhook-url',
  title: 'Zapier webhook URL',
  severity: 'medium',
  confidence: 0.99,
  prefixes: ['//hooks.zapier.com/hooks/catch/', 'hooks.zapier.com/hooks/catch/'],
  pattern: /(?:\/\/)?(?<secret>hooks\.zapier\.com\/hooks\/catch\/\d{5,10}\/[a-z0-9]{5,10})(?![A-Za-z0-9])/,
  validate: (value) => /[0-9]/.test(value.slice(36)) && /[A-Za-z]/.test(value.slice(36)),
});
