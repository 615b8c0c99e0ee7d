import { regexRule } from '../../../define';

/** Tines story webhook: `<tenant>.tines.com/webhook/<path>/<secret>`, both 32 hex: whoever has it runs the story. */
export const tinesWebhookUrl = regexRule({
  id: 'tines-webhook-url',
  anchors: ['tines.com/webhook/'],
  title: 'Tines webhook URL',
  severity: 'high',
  confidence: 0.95,
  pattern: /tines\.com\/webhook\/(?<secret>[a-f0-9]{32}\/[a-f0-9]{32})(?![A-Za-z0-9])/,
});
