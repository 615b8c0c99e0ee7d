import { tokenRule } from '../../../define';

/** Hugging Face (legacy) organization API token: `api_org_` followed by 34 letters. */
export const huggingfaceOrgToken = tokenRule({
  id: 'huggingface-org-token',
  title: 'Hugging Face organization token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['api_org_'],
  pattern: /api_org_[A-Za-z0-9]{34}(?![A-Za-z0-9_-])/,
  validate: (value) => /[a-z]/.test(value.slice(8)) && /[A-Z]/.test(value.slice(8)),
});
