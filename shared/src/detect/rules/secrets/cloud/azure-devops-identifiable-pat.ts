import { scannerRule } from '../../../define';
import { isPlaceholderLike } from '../../../placeholder';
import { isAlphanumeric } from '../token-chars';

/** Characters that would make the run part of a longer token. */
function joins(code: number): boolean {
  return isAlphanumeric(code) || code === 95 || code === 45 || code === 43 || code === 47 || code === 46 || code === 126;
}

/** The random part of the token: what comes after it (`JQQJ99…AAAAAAAAAAAA…AZDO…`) is mostly fixed. */
const RANDOM_PART = 52;

/**
 * Azure DevOps personal access token in the identifiable format issued since 2024: 84 base62 characters with
 * the fixed signature `AZDO` at offset 76. Anchored on the signature; the run around it must be exactly 84
 * characters long. Only the first 52 characters are random: the rest holds a run of `A`s that the shared
 * placeholder filter would take for a stand-in, so the rule judges the random part itself.
 */
export const azureDevopsIdentifiablePat = scannerRule({
  id: 'azure-devops-identifiable-pat',
  anchors: ['azdo'],
  title: 'Azure DevOps personal access token',
  severity: 'critical',
  confidence: 0.95,
  *scan(text: string) {
    for (let at = text.indexOf('AZDO'); at !== -1; at = text.indexOf('AZDO', at + 4)) {
      if (at < 75) continue;
      let start = at;
      while (start > 0 && at - start < 77 && isAlphanumeric(text.charCodeAt(start - 1))) start--;
      const before = at - start;
      if (before < 75 || before > 76) continue;
      if (start > 0 && joins(text.charCodeAt(start - 1))) continue;
      const end = start + 84;
      if (end > text.length) continue;
      let ok = true;
      for (let i = at + 4; i < end; i++) {
        if (!isAlphanumeric(text.charCodeAt(i))) {
          ok = false;
          break;
        }
      }
      if (!ok || (end < text.length && isAlphanumeric(text.charCodeAt(end)))) continue;
      yield { start, end };
    }
  },
  allowPlaceholderLike: true,
  validate: (value) => /[a-z]/.test(value) && /[0-9]/.test(value) && !isPlaceholderLike(value.slice(0, RANDOM_PART)),
});
