import { tokenRule } from '../../../define';
import { isRandomBody } from '../random-body';

/**
 * Hugging Face (legacy) organization API token: `api_org_` followed by 34 letters, in mixed case. Other scanners'
 * patterns (`api_org_(?i:[a-z]{34})`) accept one case too: such a body counts when its letters are random, not
 * words run together.
 */
export const huggingfaceOrgToken = tokenRule({
  id: 'huggingface-org-token',
  title: 'Hugging Face organization token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['api_org_'],
  pattern: /api_org_[A-Za-z0-9]{34}(?![A-Za-z0-9_-])/,
  validate: (value) => isRandomBody(value.slice(8)),
});
