import type { InspectResponse } from '@promptgate/shared';

/** One line per finding for the overlay: its title and the masked preview, never the value. */
export function findingRows(response: InspectResponse): Array<{ title: string; preview: string }> {
  return response.findings.map((finding) => ({ title: finding.title, preview: finding.preview }));
}
