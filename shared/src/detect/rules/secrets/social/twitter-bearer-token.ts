import { tokenRule } from '../../../define';
import { isPlaceholderLike } from '../../../placeholder';

/** Twitter / X app bearer token: a run of 20+ `A`s, then a URL-encoded base64 body. The run trips the shared placeholder filter, so `validate` checks the random remainder instead. */
export const twitterBearerToken = tokenRule({
  id: 'twitter-bearer-token',
  title: 'Twitter / X bearer token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['AAAAAAAAAAAAAAAAAAAA'],
  pattern: /A{20,24}[A-Za-z0-9%]{60,160}(?![A-Za-z0-9%])/,
  allowPlaceholderLike: true,
  validate: (value) => {
    const rest = value.replace(/A{5,}/g, '').replace(/%[0-9A-F]{2}/g, '');
    return rest.length >= 40 && !isPlaceholderLike(rest);
  },
});
