import { anchoredScannerRule } from '../../../define';
import { tokenAroundSignature, type SignedTokenShape } from '../signed-token';
import { isAlphanumeric, isBase64Char } from '../token-chars';

/** 42 base64 characters, `+ACR`, 6 letters or digits. */
const SHAPE: SignedTokenShape = {
  signature: '+ACR',
  before: 42,
  beforeChar: isBase64Char,
  after: 6,
  afterChar: isAlphanumeric,
  joinsBefore: isBase64Char,
  joinsAfter: (code) => isAlphanumeric(code) || code === 61,
};

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
      const token = tokenAroundSignature(text, anchorStarts[nth]!, SHAPE);
      if (token !== undefined) yield token;
    }
  },
  requires: { digit: true, lower: true, upper: true },
});
