import { isUtf8 } from 'node:buffer';
import { UsageError } from './errors';

/**
 * The text of input bytes, refusing anything that is not UTF-8 text. Decoding invalid UTF-8 would turn each bad
 * byte into U+FFFD, so `redact` would rewrite bytes nobody asked it to touch and `scan` would report "nothing
 * found" for a file it never really read. Valid UTF-8 decodes and re-encodes to the same bytes, BOM included.
 */
export function decodeTextInput(bytes: Buffer, name: string): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new UsageError(`${name}: binary data (a NUL byte on line ${lineAt(bytes, nul)}); only UTF-8 text can be read`);
  if (!isUtf8(bytes)) {
    const bad = firstInvalidUtf8(bytes);
    throw new UsageError(`${name}: not UTF-8 text (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} on line ${lineAt(bytes, bad)}); convert it to UTF-8 first`);
  }
  return bytes.toString('utf8');
}

function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) line++;
  return line;
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629 table); only called on invalid input. */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    // The second byte's range excludes overlong forms, UTF-16 surrogates and code points past U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    const second = bytes[i + 1]!;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}
