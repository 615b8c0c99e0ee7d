import type { Finding } from './types';
import { keepShapeOf } from './keep-shape';

/**
 * The name inside a redaction placeholder (`[GITHUB_PAT_1]`): the finding's type as a constant name (a digit
 * may lead: `1PASSWORD_…`), `_`, a number. Redaction writes placeholders with it; detection must know them,
 * since a model echoes them back and a text may hold them from an earlier turn.
 */
export const PLACEHOLDER_NAME = '[A-Z0-9][A-Z0-9_]*_\\d+';

/** A placeholder in a value or a text, with bounded runs. */
export const REDACTION_PLACEHOLDER = /\[[A-Z0-9][A-Z0-9_]{0,80}_\d{1,6}\]/;
const PLACEHOLDER_NAME_ONLY = new RegExp(`^${PLACEHOLDER_NAME}$`);
/** The longest name `REDACTION_PLACEHOLDER` takes: a first character, 80 more, `_` and six digits. */
const MAX_PLACEHOLDER_NAME = 88;

/**
 * Whether `[start, end)` is the name inside a redaction placeholder (`[RUBYGEMS_API_KEY_1]`): a type, not a
 * name the writer gave anything. Read as a key name it would make what follows it a secret's value (`… : x`)
 * where the original text, with the secret in its place, said nothing of the kind.
 */
export function isPlaceholderName(text: string, start: number, end: number): boolean {
  return start > 0 && text.charCodeAt(start - 1) === 91 && text.charCodeAt(end) === 93 && end - start <= MAX_PLACEHOLDER_NAME && PLACEHOLDER_NAME_ONLY.test(text.slice(start, end));
}

/** A character of a placeholder's name: an upper-case letter, a digit or `_`. */
function isNameChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Whether `[start, end)` (a keyword the scanner matched, in any case) lies inside the name of a redaction
 * placeholder: `TOKEN` of `[GITHUB_TOKEN_1]`. A placeholder names a type, so the keyword says nothing about the
 * text beside it; read as context it made a commit id after `[GITHUB_TOKEN_1] and` a token the original text,
 * with the secret in its place, never had. Reads at most a placeholder name's length either way.
 */
export function isInsidePlaceholderName(text: string, start: number, end: number): boolean {
  // Names are upper case: a keyword written in lower case (most in code and prose) is out at its last character.
  if (end <= start || !isNameChar(text.charCodeAt(end - 1))) return false;
  let open = start - 1;
  while (open >= 0 && start - open <= MAX_PLACEHOLDER_NAME && isNameChar(text.charCodeAt(open))) open--;
  if (open < 0 || text.charCodeAt(open) !== 91) return false;
  let close = end;
  while (close < text.length && close - open <= MAX_PLACEHOLDER_NAME && isNameChar(text.charCodeAt(close))) close++;
  return isPlaceholderName(text, open + 1, close);
}

/** The shortest part of a finding left beside a placeholder that is kept: a secret glued to one. */
const MIN_REST = 8;

/**
 * Findings with the redaction placeholders they overlap cut out. A placeholder is no secret, and a finding
 * that took one in (`TOKEN: \n\n[GCP_API_KEY_1]` read as a value in a JSON-escaped line) would have the
 * placeholder masked over and its original never restored. What is left beside a placeholder stays found when
 * it is long enough to be a secret of its own (`[GCP_API_KEY_1]Xk9mQ2vL7pR4tW8z`).
 */
export function withoutPlaceholders(text: string, findings: Finding[]): Finding[] {
  if (findings.length === 0 || text.indexOf('_') < 0) return findings;
  const search = new PlaceholderSearch(text);
  let changed = false;
  const kept: Finding[] = [];
  for (const finding of findings) {
    const overlapping = search.overlapping(finding.start, finding.end);
    if (overlapping.length === 0) {
      kept.push(finding);
      continue;
    }
    changed = true;
    let from = finding.start;
    for (const [start, end] of overlapping) {
      if (start - from >= MIN_REST) kept.push({ ...finding, start: from, end: start });
      from = Math.max(from, end);
    }
    if (finding.end - from >= MIN_REST) kept.push({ ...finding, start: from, end: finding.end });
  }
  return changed ? kept : findings;
}

/**
 * The placeholders of a text, found natively and in order, each search going on from the last: findings come
 * sorted by start, so however many there are, the text is searched once, not once per finding (a search that
 * finds nothing runs to the text's end).
 */
class PlaceholderSearch {
  readonly #text: string;
  readonly #pattern = new RegExp(REDACTION_PLACEHOLDER.source, 'g');
  /** Placeholders found, in order; those before `#first` are left behind. */
  readonly #found: Array<[number, number]> = [];
  #first = 0;
  /** Where the next search starts; the text's length once none is left. */
  #searchedTo = 0;

  constructor(text: string) {
    this.#text = text;
  }

  /** The placeholders that overlap `[start, end)`, in order. */
  overlapping(start: number, end: number): Array<[number, number]> {
    const found = this.#found;
    // A placeholder that ends by this finding's start ends before every later one's too.
    while (this.#first < found.length && found[this.#first]![1] <= start) this.#first++;
    while (this.#searchedTo < this.#text.length && (found.length === this.#first || found[found.length - 1]![0] < end)) {
      this.#pattern.lastIndex = this.#searchedTo;
      const match = this.#pattern.exec(this.#text);
      if (match === null) {
        this.#searchedTo = this.#text.length;
        break;
      }
      found.push([match.index, match.index + match[0].length]);
      this.#searchedTo = match.index + match[0].length;
    }
    const overlapping: Array<[number, number]> = [];
    for (let k = this.#first; k < found.length && found[k]![0] < end; k++) if (found[k]![1] > start) overlapping.push(found[k]!);
    return overlapping;
  }
}

/** Keeps the shape of the objects every call makes (see keep-shape.ts). */
keepShapeOf(new PlaceholderSearch(''));
