import { regexRule } from '../../../define';
import { percentDecoded } from '../../../percent-decoded';

/**
 * Azure shared access signature: the `sig=` parameter of a SAS URL or connection string is an HMAC-SHA256,
 * i.e. 32 bytes in base64 (43 characters and `=`), usually percent-encoded. The signature is the secret part
 * (with the other parameters it grants access until `se=`).
 */
export const azureSasToken = regexRule({
  id: 'azure-sas-token',
  anchors: ['sig='],
  title: 'Azure shared access signature',
  severity: 'high',
  confidence: 0.9,
  pattern: /sig=(?<secret>[A-Za-z0-9%+/]{43,60})(?![A-Za-z0-9%+/])/,
  validate: (value) => {
    const decoded = percentDecoded(value);
    return decoded !== undefined && /^[A-Za-z0-9+/]{43}=$/.test(decoded);
  },
});
