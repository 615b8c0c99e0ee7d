/**
 * A PlanetScale token's body after its prefix of `prefixLength` characters: 43 base64url characters as
 * PlanetScale issues them, or 32 to 64 with a `.` among them, the shape other scanners' patterns
 * (`[\w=\.-]{32,64}`) accept. A dot is never in PlanetScale's own bodies, so a body holding one is no issued
 * token cut short or run on: that stays unmatched at any other length than 43.
 */
export function planetscaleBody(value: string, prefixLength: number): boolean {
  const body = value.slice(prefixLength);
  return body.length === 43 || body.includes('.');
}
