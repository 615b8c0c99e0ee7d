import { maxWrittenLength, scanPlaceholder } from './placeholder-syntax';
import type { Vault } from './vault';

/** Where a restorable placeholder could start: `[`, or the `\` of a markdown-escaped `\[`. */
const CANDIDATE = /\\?\[/g;

export interface RestoreScan {
  /** Restored text up to `safeEnd`. */
  text: string;
  /** Input index from which the text might still be the start of a placeholder (text.length when none). */
  safeEnd: number;
}

/**
 * Restores placeholders in `text` and reports where an unfinished placeholder might begin. Shared by
 * `restore` (which treats the end as final) and the stream restorer (which holds the tail back).
 */
export function restoreScan(text: string, vault: Vault, final: boolean): RestoreScan {
  if (vault.size === 0) return { text, safeEnd: text.length };
  const maxLength = maxWrittenLength(vault.longestPlaceholder) + 2;
  const parts: string[] = [];
  let cursor = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const at = m.index;
    const result = scanPlaceholder(text, at, maxLength);
    if (result.kind === 'match') {
      const value = vault.valueOf(result.placeholder);
      if (value !== undefined) {
        parts.push(text.slice(cursor, at), value);
        cursor = result.end;
        CANDIDATE.lastIndex = result.end;
        continue;
      }
    } else if (result.kind === 'partial' && !final && (result.normalized === '' || vault.isPlaceholderPrefix(result.normalized))) {
      parts.push(text.slice(cursor, at));
      return { text: parts.join(''), safeEnd: at };
    }
    // Resume right after `at`: when `\[` failed as an escaped placeholder, its `[` may still open a plain one.
    CANDIDATE.lastIndex = at + 1;
  }
  // A trailing `\` may become the `\[` of an escaped placeholder once the next chunk arrives.
  const safeEnd = !final && text.endsWith('\\') ? text.length - 1 : text.length;
  parts.push(text.slice(cursor, safeEnd));
  return { text: parts.join(''), safeEnd };
}

/**
 * Puts the vault's values back in place of its placeholders. Only placeholders this vault issued are touched,
 * matched whole (`[EMAIL_12]` is never `[EMAIL_1]` + `2`), exact or markdown-escaped (`\[EMAIL\_1\]`).
 */
export function restore(text: string, vault: Vault): string {
  return restoreScan(text, vault, true).text;
}
