import { anchoredScannerRule } from '../../../define';
import { isPlaceholderLike } from '../../../placeholder';
import { tokenAroundSignature, type SignedTokenShape } from '../signed-token';
import { isAlphanumeric } from '../token-chars';

/** Characters that would make the run part of a longer token. */
function joins(code: number): boolean {
  return isAlphanumeric(code) || code === 95 || code === 45 || code === 43 || code === 47 || code === 46 || code === 126;
}

/** The random part of the token: what comes after it (`JQQJ99…AAAAAAAAAAAA…AZDO…`) is mostly fixed. */
const RANDOM_PART = 52;

/** 84 letters and digits, `AZDO` after the first 76; a run with it after the first 75 is read as well. */
const SHAPES: readonly SignedTokenShape[] = [76, 75].map((before) => ({
  signature: 'AZDO',
  before,
  beforeChar: isAlphanumeric,
  after: 84 - before - 4,
  afterChar: isAlphanumeric,
  joinsBefore: joins,
  joinsAfter: isAlphanumeric,
}));

/**
 * Azure DevOps personal access token in the identifiable format issued since 2024: 84 base62 characters with
 * the fixed signature `AZDO` at offset 76. Anchored on the signature; the run around it must be exactly 84
 * characters long. Only the first 52 characters are random: the rest holds a run of `A`s that the shared
 * placeholder filter would take for a stand-in, so the rule judges the random part itself.
 */
export const azureDevopsIdentifiablePat = anchoredScannerRule({
  id: 'azure-devops-identifiable-pat',
  anchors: ['azdo'],
  title: 'Azure DevOps personal access token',
  severity: 'critical',
  confidence: 0.95,
  *scan(text, anchorStarts) {
    for (let nth = 0; nth < anchorStarts.length; nth++) {
      const at = anchorStarts[nth]!;
      const token = tokenAroundSignature(text, at, SHAPES[0]!) ?? tokenAroundSignature(text, at, SHAPES[1]!);
      if (token !== undefined) yield token;
    }
  },
  allowPlaceholderLike: true,
  validate: (value) => /[a-z]/.test(value) && /[0-9]/.test(value) && !isPlaceholderLike(value.slice(0, RANDOM_PART)),
});
