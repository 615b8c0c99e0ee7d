import { scannerRule } from '../../../define';
import { isAlphanumeric } from '../token-chars';

function bodyChar(code: number): boolean {
  return isAlphanumeric(code) || code === 95 || code === 45 || code === 61;
}

/**
 * Terraform Cloud / HCP Terraform (and Terraform Enterprise) API token: 14 base62 characters, `.atlasv1.`,
 * then 60-70 base64url characters. The start is random, so the scanner anchors on `.atlasv1.`.
 */
export const terraformCloudToken = scannerRule({
  id: 'terraform-cloud-token',
  anchors: ['.atlasv1.'],
  title: 'Terraform Cloud API token',
  severity: 'critical',
  confidence: 0.98,
  *scan(text: string) {
    for (let at = text.indexOf('.atlasv1.'); at !== -1; at = text.indexOf('.atlasv1.', at + 9)) {
      const start = at - 14;
      if (start < 0) continue;
      let ok = true;
      for (let i = start; i < at; i++) {
        if (!isAlphanumeric(text.charCodeAt(i))) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      if (start > 0) {
        const before = text.charCodeAt(start - 1);
        if (isAlphanumeric(before) || before === 95 || before === 45 || before === 46) continue;
      }
      let end = at + 9;
      while (end < text.length && end - at - 9 <= 70 && bodyChar(text.charCodeAt(end))) end++;
      const tail = end - at - 9;
      if (tail < 60 || tail > 70) continue;
      yield { start, end };
    }
  },
});
