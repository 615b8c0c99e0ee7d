import { scannerRule } from '../../../define';

function keyChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 43 || code === 47;
}

/** Characters that would make the run part of a longer token. */
function joins(code: number): boolean {
  return keyChar(code) || code === 95 || code === 45 || code === 46 || code === 126;
}

/**
 * Where each Azure service puts its fixed signature in an identifiable key: `before` base64 characters, the
 * 4-character signature, 6 more characters and the `=` padding.
 */
const SIGNATURES: ReadonlyArray<{ signature: string; before: number; padding: string }> = [
  { signature: '+ASt', before: 76, padding: '==' }, // Storage account
  { signature: 'ACDb', before: 76, padding: '==' }, // Cosmos DB
  { signature: '+ASb', before: 33, padding: '=' }, // Service Bus
  { signature: '+AEh', before: 33, padding: '=' }, // Event Hubs
  { signature: '+ARm', before: 33, padding: '=' }, // Relay
  { signature: 'AIoT', before: 33, padding: '=' }, // IoT Hub
  { signature: 'AzCa', before: 33, padding: '=' }, // Cache for Redis
];

/**
 * Azure access key in Microsoft's identifiable format: base64 with a service signature at a fixed offset
 * (`+ASt` storage, `ACDb` Cosmos DB, `+ASb` Service Bus, ...). Found without any keyword, which matters for
 * YAML lists where the variable name sits on the line above the value.
 */
export const azureIdentifiableAccessKey = scannerRule({
  id: 'azure-identifiable-access-key',
  title: 'Azure access key',
  severity: 'critical',
  confidence: 0.95,
  *scan(text: string) {
    for (const { signature, before, padding } of SIGNATURES) {
      for (let at = text.indexOf(signature); at !== -1; at = text.indexOf(signature, at + 4)) {
        const start = at - before;
        const end = at + 4 + 6 + padding.length;
        if (start < 0 || end > text.length) continue;
        if (text.slice(end - padding.length, end) !== padding) continue;
        let ok = true;
        for (let i = start; i < end - padding.length; i++) {
          if (i >= at && i < at + 4) continue;
          if (!keyChar(text.charCodeAt(i))) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        if (start > 0 && joins(text.charCodeAt(start - 1))) continue;
        if (end < text.length && (joins(text.charCodeAt(end)) || text.charCodeAt(end) === 61)) continue;
        yield { start, end };
      }
    }
  },
  validate: (value) => /[a-z]/.test(value) && /[0-9]/.test(value),
});
