import { scannerRule } from '../../../define';

function b64url(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45;
}

/**
 * Firebase Cloud Messaging legacy server key: `AAAA` + 7 characters, a colon, then `APA91b` and about 134
 * base64url characters. The colon splits it into two tokens, so the scanner anchors on `:APA91b`.
 */
export const firebaseCloudMessagingServerKey = scannerRule({
  id: 'firebase-cloud-messaging-server-key',
  anchors: [':apa91b'],
  title: 'Firebase Cloud Messaging server key',
  severity: 'high',
  confidence: 0.95,
  *scan(text: string) {
    for (let at = text.indexOf(':APA91b'); at !== -1; at = text.indexOf(':APA91b', at + 7)) {
      const start = at - 11;
      if (start < 0 || !text.startsWith('AAAA', start)) continue;
      let ok = true;
      for (let i = start + 4; i < at; i++) {
        if (!b64url(text.charCodeAt(i))) {
          ok = false;
          break;
        }
      }
      if (!ok || (start > 0 && b64url(text.charCodeAt(start - 1)))) continue;
      let end = at + 7;
      while (end < text.length && b64url(text.charCodeAt(end))) end++;
      const tail = end - at - 7;
      if (tail < 120 || tail > 160) continue;
      yield { start, end };
    }
  },
});
