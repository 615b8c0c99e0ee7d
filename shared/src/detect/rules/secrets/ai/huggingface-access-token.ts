import { tokenRule } from '../../../define';
import { isRandomBody } from '../random-body';

/**
 * Hugging Face user access token: `hf_` followed by 34 letters, in mixed case. Other scanners' patterns
 * (`hf_(?i:[a-z]{34})`) accept one case too: such a body counts when its letters are random, not words run
 * together (`hf_` + a model name in lowercase is an identifier).
 */
export const huggingfaceAccessToken = tokenRule({
  id: 'huggingface-access-token',
  title: 'Hugging Face access token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['hf_'],
  pattern: /hf_[A-Za-z0-9]{34}(?![A-Za-z0-9_-])/,
  validate: (value) => isRandomBody(value.slice(3)),
});
