/** Dotted-quad IPv4: four decimal octets 0..255 without leading zeros. */
export function isIpv4(value: string): boolean {
  const parts = value.split('.');
  if (parts.length !== 4) return false;
  for (const part of parts) {
    if (!/^(?:0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255) return false;
  }
  return true;
}

/**
 * RFC 4291 text form: eight groups of 1–4 hex digits, or fewer with one `::`; the last 32 bits may be
 * written as an IPv4 address. No zone (strip `%eth0` first). Returns the number of 16-bit groups written
 * out (0 for `::`), or -1 when invalid.
 */
export function ipv6Groups(value: string): number {
  if (value.length < 2 || value.length > 45 || value.includes(':::')) return -1;
  const compressed = value.indexOf('::');
  if (compressed !== -1 && value.indexOf('::', compressed + 1) !== -1) return -1;
  const halves = compressed === -1 ? [value] : [value.slice(0, compressed), value.slice(compressed + 2)];
  let groups = 0;
  for (let h = 0; h < halves.length; h++) {
    const half = halves[h]!;
    if (half === '') continue;
    const parts = half.split(':');
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      const last = h === halves.length - 1 && i === parts.length - 1;
      if (last && part.includes('.')) {
        if (!isIpv4(part)) return -1;
        groups += 2;
      } else if (/^[0-9A-Fa-f]{1,4}$/.test(part)) {
        groups += 1;
      } else {
        return -1;
      }
    }
  }
  if (compressed === -1 ? groups !== 8 : groups > 7) return -1;
  return groups;
}
