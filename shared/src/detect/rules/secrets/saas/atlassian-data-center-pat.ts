import { tokenRule } from '../../../define';
import { decodeBase64 } from '../base64-text';
import { hasDistinctChars } from '../../../distinct-chars';

/** The id before the `:`: twelve digits, which base64 writes as `M`, `N` or `O`, then `D`, `T`, `j` or `z`. */
const ID_DIGITS = 12;
/** Random bytes after the `:`. */
const SECRET_BYTES = 20;
const ID_AND_COLON = new RegExp(`^\\d{${ID_DIGITS}}:`);

/**
 * What the token encodes: a twelve-digit id, `:`, and twenty random bytes. A placeholder encoded the same way
 * (`123456789012:AAAA…`) repeats its bytes; twenty random ones are almost all distinct.
 */
function encodesIdAndSecret(value: string): boolean {
  const decoded = decodeBase64(value);
  if (decoded === undefined || decoded.length !== ID_DIGITS + 1 + SECRET_BYTES || !ID_AND_COLON.test(decoded)) return false;
  return hasDistinctChars(decoded.slice(ID_DIGITS + 1), 12);
}

/**
 * Jira, Confluence and Bitbucket Data Center (and Server) personal access token: 44 base64 characters with no
 * prefix of its own (`NTk3MjQz…`), sent as `Authorization: Bearer …` and pasted as `JIRA_PAT=…`. Known by what
 * it decodes to, an id and a secret, so it needs no keyword.
 */
export const atlassianDataCenterPat = tokenRule({
  id: 'atlassian-data-center-pat',
  title: 'Atlassian Data Center personal access token (Jira, Confluence, Bitbucket)',
  severity: 'critical',
  confidence: 0.95,
  prefixes: ['MD', 'MT', 'Mj', 'Mz', 'ND', 'NT', 'Nj', 'Nz', 'OD', 'OT'],
  pattern: /[MNO][DTjz][A-Za-z0-9+/]{42}(?![A-Za-z0-9+/=_-])/,
  validate: encodesIdAndSecret,
});
