/** Size limits both sides of the extension API agree on; the gateway enforces them, the extension checks early. */
export const LIMITS = {
  /** A whole `/api/inspect` body. */
  inspectBodyBytes: 4 * 1024 * 1024,
  /** Any other `/api/*` body. */
  smallBodyBytes: 64 * 1024,
  segments: 64,
  segmentChars: 2 * 1024 * 1024,
  conversationIdChars: 200,
  urlChars: 4096,
  justificationChars: 2000,
  restoreChars: 1024 * 1024,
} as const;
