import { tokenRule } from '../../../define';

/** Hugging Face user access token: `hf_` followed by 34 letters. */
export const huggingfaceAccessToken = tokenRule({
  id: 'huggingface-access-token',
  title: 'Hugging Face access token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['hf_'],
  pattern: /hf_[A-Za-z0-9]{34}(?![A-Za-z0-9_-])/,
  validate: (value) => /[a-z]/.test(value.slice(3)) && /[A-Z]/.test(value.slice(3)),
});
