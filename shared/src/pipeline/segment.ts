/** Where a piece of text came from; adapters at the edges turn their input into segments. */
export type SegmentKind = 'prompt' | 'paste' | 'file' | 'system' | 'history' | 'tool' | 'other';

export interface Segment {
  /** Unique within one inspection; the adapter uses it to put rewritten text back. */
  id: string;
  kind: SegmentKind;
  /** File name for `file` segments, role or field path for API segments. */
  name?: string;
  text: string;
}
