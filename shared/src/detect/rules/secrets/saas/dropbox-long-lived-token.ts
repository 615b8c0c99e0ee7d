import { contextRule } from '../../../define';
import { isPlaceholderLike } from '../../../placeholder';

/** Dropbox long-lived access token: 11 chars + `AAAAAAAAAA` + 43 chars. The run of A's trips the shared placeholder filter, so `validate` checks the random parts instead. */
export const dropboxLongLivedToken = contextRule({
  id: 'dropbox-long-lived-token',
  title: 'Dropbox long-lived access token',
  severity: 'high',
  confidence: 0.85,
  keywords: ['dropbox'],
  pattern: /[A-Za-z0-9_-]{11}AAAAAAAAAA[A-Za-z0-9_-]{43}/,
  minLength: 64,
  maxLength: 64,
  minEntropy: 3.5,
  allowPlaceholderLike: true,
  validate: (value) => !isPlaceholderLike(value.slice(0, 11) + value.slice(21)),
});
