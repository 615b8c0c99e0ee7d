import { scannerRule } from '../../../define';

/** New Relic ingest license key: 36 lowercase alphanumerics ending in `NRAL` (40 in all). Found by anchoring on the literal `NRAL`. */
export const newrelicLicenseKey = scannerRule({
  id: 'newrelic-license-key',
  anchors: ['nral'],
  title: 'New Relic license key',
  severity: 'high',
  confidence: 0.95,
  *scan(text: string) {
    for (let at = text.indexOf('NRAL'); at !== -1; at = text.indexOf('NRAL', at + 4)) {
      const start = at - 36;
      const end = at + 4;
      if (start < 0 || (start > 0 && /[A-Za-z0-9_-]/.test(text.charAt(start - 1)))) continue;
      if (/[A-Za-z0-9_-]/.test(text.charAt(end))) continue;
      const body = text.slice(start, at);
      if (/^[a-z0-9]{36}$/.test(body) && /[0-9]/.test(body) && /[a-z]/.test(body)) yield { start, end };
    }
  },
});
