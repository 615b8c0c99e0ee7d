import type { InspectResponse } from '@promptgate/shared';

/**
 * One line per finding for the overlay: its title and the masked preview, never the value. A reason with no
 * finding behind it (a prompt or file past the policy's size limit) gets a line of its own, or the person would
 * be stopped without being told why.
 */
export function findingRows(response: InspectResponse): Array<{ title: string; preview: string }> {
  const rows = response.findings.map((finding) => ({ title: finding.title, preview: finding.preview }));
  const found = new Set(response.findings.map((finding) => finding.type));
  for (const reason of response.reasons) if (!found.has(reason.type)) rows.push({ title: reason.title, preview: '' });
  return rows;
}
