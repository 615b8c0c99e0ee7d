/**
 * Tokens of fixed lengths around a fixed signature (Microsoft's identifiable keys, `…+ACR…`, `…AZDO…`;
 * Tableau's `…==:…`): the rule's anchor finds the signature, this reads the run around it.
 */
export interface SignedTokenShape {
  /** The signature, exactly as written (the engine's anchors match in any case). */
  signature: string;
  /** How many characters come before the signature, and what each must be. */
  before: number;
  beforeChar: (code: number) => boolean;
  /** How many come after it, and what each must be. */
  after: number;
  afterChar: (code: number) => boolean;
  /** A character right before or right after the run that would make it part of a longer token. */
  joinsBefore: (code: number) => boolean;
  joinsAfter: (code: number) => boolean;
}

/** The token whose signature starts at `at`, when the run around it has exactly the shape's lengths. */
export function tokenAroundSignature(text: string, at: number, shape: SignedTokenShape): { start: number; end: number } | undefined {
  if (!text.startsWith(shape.signature, at)) return undefined;
  const start = at - shape.before;
  const afterStart = at + shape.signature.length;
  const end = afterStart + shape.after;
  if (start < 0 || end > text.length) return undefined;
  if ((start > 0 && shape.joinsBefore(text.charCodeAt(start - 1))) || (end < text.length && shape.joinsAfter(text.charCodeAt(end)))) return undefined;
  for (let i = start; i < at; i++) if (!shape.beforeChar(text.charCodeAt(i))) return undefined;
  for (let i = afterStart; i < end; i++) if (!shape.afterChar(text.charCodeAt(i))) return undefined;
  return { start, end };
}
