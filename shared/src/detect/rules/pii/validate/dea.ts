/** What a DEA registration number's first letter may be: the registrant's type (practitioner, pharmacy, ...). */
const REGISTRANT_TYPES = new Set('ABCDEFGHJKLMPRSTUX');

/**
 * US DEA registration number: two letters (the registrant's type, then the first letter of their last name, or
 * `9` for a business) and seven digits; the first, third and fifth digits plus twice the second, fourth and
 * sixth end in the seventh. Upper case only, as DEA prints it; six equal digits are a placeholder.
 */
export function isDeaNumber(value: string): boolean {
  if (value.length !== 9 || !REGISTRANT_TYPES.has(value[0]!)) return false;
  const second = value.charCodeAt(1);
  if (!((second >= 65 && second <= 90) || second === 57)) return false;
  const d: number[] = [];
  for (let i = 2; i < 9; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return false;
    d.push(digit);
  }
  if (d.slice(0, 6).every((digit) => digit === d[0])) return false;
  return (d[0]! + d[2]! + d[4]! + 2 * (d[1]! + d[3]! + d[5]!)) % 10 === d[6];
}
