import { scannerRule } from '../../../define';

function keyChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 43 || code === 47;
}

/** Characters that would make the run part of a longer token. */
function joins(code: number): boolean {
  return keyChar(code) || code === 95 || code === 45 || code === 46 || code === 126;
}

/** A full stop at `at` that ends a sentence ("rotate it: <key>."), not one that joins another word (`<key>.bak`). */
function endsSentence(text: string, at: number): boolean {
  return text.charCodeAt(at) === 46 && (at + 1 === text.length || !joins(text.charCodeAt(at + 1)));
}

/**
 * Service signatures of Azure identifiable keys and the length of the whole key (padding included). The
 * signature sits near the end, a few characters before the `=` padding.
 */
const SIGNATURES: ReadonlyArray<{ signature: string; length: number }> = [
  { signature: '+ASt', length: 88 }, // Storage account
  { signature: 'ACDb', length: 88 }, // Cosmos DB
  { signature: '+ASb', length: 44 }, // Service Bus
  { signature: '+AEh', length: 44 }, // Event Hubs
  { signature: '+ARm', length: 44 }, // Relay
  { signature: 'AIoT', length: 44 }, // IoT Hub
  { signature: 'AzCa', length: 44 }, // Cache for Redis
];

/**
 * Azure access key in Microsoft's identifiable format: base64 with a service signature close to the end
 * (`+ASt` storage, `ACDb` Cosmos DB, `+ASb` Service Bus, ...). Found without any keyword, which matters for
 * YAML lists where the variable name sits on the line above the value.
 */
export const azureIdentifiableAccessKey = scannerRule({
  id: 'azure-identifiable-access-key',
  anchors: ['+ast', 'acdb', '+asb', '+aeh', '+arm', 'aiot', 'azca'],
  title: 'Azure access key',
  severity: 'critical',
  confidence: 0.95,
  *scan(text: string) {
    for (const { signature, length } of SIGNATURES) {
      for (let at = text.indexOf(signature); at !== -1; at = text.indexOf(signature, at + 4)) {
        let start = at;
        while (start > 0 && at - start <= length && keyChar(text.charCodeAt(start - 1))) start--;
        let end = at + 4;
        while (end < text.length && end - at <= 16 && keyChar(text.charCodeAt(end))) end++;
        while (end < text.length && text.charCodeAt(end) === 61 && end - start < length) end++;
        if (end - start !== length || text.charCodeAt(end - 1) !== 61) continue;
        // The signature is among the last 16 characters, after most of the random part.
        if (at - start < length - 16) continue;
        if (start > 0 && joins(text.charCodeAt(start - 1))) continue;
        if (end < text.length && (joins(text.charCodeAt(end)) || text.charCodeAt(end) === 61) && !endsSentence(text, end)) continue;
        yield { start, end };
      }
    }
  },
  validate: (value) => /[a-z]/.test(value) && /[0-9]/.test(value),
});
