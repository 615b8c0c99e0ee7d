import { anchoredScannerRule } from '../../../define';
import { isAlphanumeric, isBase64Char } from '../token-chars';

/** The 42 characters before the signature, and the 6 after it. */
const BEFORE = 42;
const AFTER = 6;

/**
 * Azure Container Registry password or token password in Microsoft's identifiable format: 52 characters with
 * the signature `+ACR` after the first 42 (base64) and 6 letters or digits after it. `docker login
 * <name>.azurecr.io -p …` and CI settings hold it; it pulls and pushes the registry's images.
 */
export const azureContainerRegistryPassword = anchoredScannerRule({
  id: 'azure-container-registry-password',
  anchors: ['+acr'],
  title: 'Azure Container Registry password',
  severity: 'critical',
  confidence: 0.95,
  *scan(text, anchorStarts) {
    for (let nth = 0; nth < anchorStarts.length; nth++) {
      const at = anchorStarts[nth]!;
      // The anchor matches in any case; the signature is upper case.
      if (!text.startsWith('+ACR', at)) continue;
      const start = at - BEFORE;
      const end = at + 4 + AFTER;
      if (start < 0 || end > text.length || (start > 0 && isBase64Char(text.charCodeAt(start - 1)))) continue;
      if (end < text.length && (isAlphanumeric(text.charCodeAt(end)) || text.charCodeAt(end) === 61)) continue;
      let ok = true;
      for (let i = start; i < at && ok; i++) ok = isBase64Char(text.charCodeAt(i));
      for (let i = at + 4; i < end && ok; i++) ok = isAlphanumeric(text.charCodeAt(i));
      if (ok) yield { start, end };
    }
  },
  requires: { digit: true, lower: true, upper: true },
});
