import { tokenRule } from '../../../define';
import { hasDigits } from '../../../char-counts';
import { hasDistinctChars } from '../../../distinct-chars';

/** Octopus Deploy API key: `API-` + 25-32 uppercase alphanumerics. */
export const octopusDeployApiKey = tokenRule({
  id: 'octopus-deploy-api-key',
  title: 'Octopus Deploy API key',
  severity: 'critical',
  confidence: 0.9,
  prefixes: ['API-'],
  pattern: /API-[A-Z0-9]{25,32}(?![A-Za-z0-9_-])/,
  // Not 32 hex digits: an object id after a page titled "API" (`notion.site/API-BD80F56C…`); a key's 32
  // characters come from all of A-Z and 0-9, so all of them being hex is practically never the case.
  validate: (value) => hasDigits(value, 2, 4) && hasDistinctChars(value.slice(4), 12) && !/^[0-9A-F]{32}$/.test(value.slice(4)),
});
