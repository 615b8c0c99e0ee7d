const HEX = /^[a-fA-F0-9]+$/;

/** A Shopify token's body after its 6-character prefix: 32 hex characters, or letters beyond hex at any length the pattern allows. */
export function hexOnlyAt32(value: string): boolean {
  const body = value.slice(6);
  return !HEX.test(body) || body.length === 32;
}
