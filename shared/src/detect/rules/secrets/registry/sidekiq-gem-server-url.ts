import { anchoredScannerRule } from '../../../define';
import { isHex } from '../../pii/scan/chars';

/** The two gem servers' hosts, each with the `@` before it. */
const HOSTS = ['@gems.', '@enterprise.'];

/** Whether `text[from, from + 17)` is `<hex8>:<hex8>`. */
function isCredentialPair(text: string, from: number): boolean {
  for (let i = 0; i < 17; i++) {
    const code = text.charCodeAt(from + i);
    if (i === 8 ? code !== 58 : !isHex(code)) return false;
  }
  return true;
}

/**
 * Sidekiq Pro / Enterprise gem server credentials in the server's URL, as a Gemfile's `source` or a lock file
 * writes them: `https://<hex8>:<hex8>@gems.contribsys.com/` (or `enterprise.contribsys.com`). The pair is the
 * license, so the finding is both halves, not only the part after the colon that any URL password rule takes.
 * Anchored on the host; the pair and the scheme's `://` are read back from it.
 */
export const sidekiqGemServerUrl = anchoredScannerRule({
  id: 'sidekiq-gem-server-url',
  anchors: ['contribsys.com'],
  title: 'Sidekiq Pro/Enterprise gem server URL with credentials',
  severity: 'high',
  confidence: 0.95,
  *scan(text, anchorStarts) {
    for (let nth = 0; nth < anchorStarts.length; nth++) {
      const domain = anchorStarts[nth]!;
      const host = HOSTS.find((h) => text.startsWith(h, domain - h.length));
      if (host === undefined) continue;
      const end = domain - host.length;
      const start = end - 17;
      if (start < 3 || !text.startsWith('://', start - 3) || !isCredentialPair(text, start)) continue;
      yield { start, end };
    }
  },
});
