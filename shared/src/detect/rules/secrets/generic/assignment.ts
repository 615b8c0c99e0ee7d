import { rubySymbolArgument, type KeyName } from './key-name';
import { nameStartsValueLine } from './name-value-line';
import { typeAnnotationEnd } from './type-annotation';
import { VariableDefaults } from './terraform-variable';
import { comparedLiteralBefore } from './compared-before';
import { beforeClosingQuote, ClosingTags, isBlank, isSpace, MAX_VALUE, onlyCommentFollows, QuotedValues, quotedEndingAt, skipSpaces, ValueRuns } from './value-scan';
import { keepShapeOf } from '../../../keep-shape';
import { startsWithFolded } from '../../../folded-word';
import { isLetter } from '../../pii/scan/chars';

/**
 * The value a secret name is given, in the ways code, configuration, shells and prose spell it: one grammar
 * instead of a shape per language.
 *
 *   name      DB_PASSWORD, "api_key", ['token'], <password>, --auth-token, my api key (see key-name.ts)
 *   type      optional: `: string`, `: &'static str`, Go's `var fooToken string`
 *   operator  = := ::= ?= += .= ||= ??= : => -> <- → | (a table cell) , (a call: `define('DB_PASSWORD', …)`),
 *             after an optional remark: `token (prod):`
 *             `is`, `was` (prose); a space after a flag (`--token abc`) or after `set -x`/`setx`/`ENV`;
 *             one space after a password word (`password Hq4$…`, a strong value only)
 *   value     quoted ('…', "…", `…`, \"…\"), an element's text (on its line or the next), a YAML block
 *             scalar's first line (`token: |` then the value), or bare up to a space
 *
 * A name given as the `name`/`key` of a pair (`<add key="ApiKey" value="…"/>`, `- name: API_TOKEN` then
 * `value: …`, `{"name": "TOKEN", "value": "…"}`) takes the value of the `value` beside it.
 */
export interface Assigned {
  start: number;
  end: number;
  /** Delimited: quotes or an element around it. */
  quoted: boolean;
  /** Given by `is`/`was` in a sentence. */
  prose: boolean;
  /** Bare after `name = ` or `name: ` with more on its line: in a file that is code, not a value. */
  loose: boolean;
  /**
   * Where what the value starts runs on to: `end`, except for a YAML block scalar whose next lines, indented
   * alike, go on with key characters only (a base64 key wrapped over lines). The value is judged on its first
   * line, and a finding covers all of them, so no line of a wrapped key is left out.
   */
  blockEnd: number;
  /** What assigned it: the operator `operatorAfter` read (`=`, `:`, `is`, …), or `<>` for an element's text. */
  operator: string;
}

/**
 * The operator of a value written right after a password word, a space between (`password Hq4$zR8mLp2W`):
 * nothing but the value itself says it is one, so the password rule takes only a strong value this way.
 */
export const JUXTAPOSED = 'juxtaposed';
/** The operator of a value that is an element's text, the element named by its `name` attribute. */
const ELEMENT_TEXT = 'element text';

/**
 * The operator of a value after a dash between blanks (`DB password - Hq4$…`, `- api_key — Zq7x…`): how lists and
 * chat messages set a label off from its value. Arithmetic (`token - offset`) writes it the same way, so it is
 * read as prose: the value must look like a secret on its own.
 */
export const DASHED = ' - ';

/** `-`, an en dash or an em dash with a blank after it, at `at`. */
function isSpacedDash(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return (c === 45 || c === 8211 || c === 8212) && (next === 32 || next === 9);
}

const CLOSER_OF: Readonly<Record<string, string>> = { '"': '"', "'": "'", '`': '`', '(': ')', '[': ']', '{': '}' };

/**
 * Where a bare value `[at, end)` ends when its assignment is enclosed, the name right after a quote or an
 * opening bracket: at the closing one, which belongs to the enclosing string or remark and not to the value
 * (`-var "db_password=Hq4$…"`, `["DB_PASSWORD=Hq4$…", …]`, `(password: Hq4$…)`). An opening bracket of the same
 * kind inside the value first (`(pw: f(x))`) leaves it as it is.
 */
function enclosedEnd(text: string, nameStart: number, at: number, end: number): number {
  const opener = text[nameStart - 1];
  const closer = opener === undefined ? undefined : CLOSER_OF[opener];
  if (closer === undefined) return end;
  for (let i = at; i < end; i++) {
    const c = text[i];
    if (c === closer) return i;
    if (c === opener) return end;
  }
  return end;
}

/** A password word, one space, and at `at` what may be its value (see `JUXTAPOSED`). */
function juxtaposes(text: string, name: KeyName, at: number): boolean {
  return name.kind === 'password' && !name.flag && at === name.end + 1 && text.charCodeAt(name.end) === 32;
}

/** `.`, `,`, `;`, `:`, `!`, `?` or `)`: what ends a clause after a value in a sentence. */
function isSentencePunctuation(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41;
}

/** `end` moved back over a sentence's punctuation after a value. */
function trimmedProse(text: string, at: number, end: number): number {
  let trimmed = end;
  while (trimmed > at && isSentencePunctuation(text.charCodeAt(trimmed - 1))) trimmed--;
  return trimmed;
}

/**
 * Longest bare value after a name (`TOKEN=…` up to a space): an OAuth access token or a signed token in an
 * env file runs to a thousand characters and more. Runs are read once (`ValueRuns`).
 */
const MAX_BARE_VALUE = 2048;
/**
 * Longest quoted value or element text looked at: quotes bound it, and some credentials are long (an Aiven key
 * is 372 characters, a service account's JSON in base64 a few thousand). Each is read once.
 */
const MAX_QUOTED_VALUE = 8192;
/** How far after a name in a sentence a quoted value may be that the name speaks of. */
const MENTION_REACH = 64;
/** How far into an object its `value` field is looked for (`valueFieldOf`). */
const MAX_OBJECT_READ = 256;
/** Between a value and the name a sentence gives it: `is my`, `as the`, `was our old`. */
const NAMED_AFTER = /^[ \t]{1,2}(?:[-–—,:][ \t]{1,2})?(?:is|was|as|for)[ \t]{1,2}(?:[A-Za-z]{1,12}[ \t]{1,2}){0,3}$/;
/** Between the items of a list of quoted values, up to the next opening quote. */
const LIST_SEPARATOR = /[ \t]{0,2}(?:,|and|or|&)[ \t]{1,2}(?:and[ \t]{1,2})?(?=[`"'])/y;

// `:-` is a shell default's (`${API_TOKEN:-…}`), read before `:`.
const OPERATORS = [':::=', '::=', ':=', ':-', '?=', '+=', '.=', '||=', '??=', '=>', '->', '<-', '=', ':', '→', '⇒'];
/** The operators by their first character, in the order above: one lookup instead of a test per operator. */
const OPERATORS_BY_FIRST = new Map<number, string[]>();
for (const operator of OPERATORS) {
  const first = operator.charCodeAt(0);
  OPERATORS_BY_FIRST.set(first, [...(OPERATORS_BY_FIRST.get(first) ?? []), operator]);
}
/** The same for ASCII first characters, indexed by code: the lookup runs for every name. */
const ASCII_OPERATORS_BY_FIRST: Array<string[] | undefined> = Array.from({ length: 128 }, (_, c) => OPERATORS_BY_FIRST.get(c));
const NO_OPERATORS: string[] = [];
/** The verbs that give a value in a sentence: `the password is …`. */
export const PROSE_VERBS: readonly string[] = ['is', 'was', 'are', 'were'];
/** Operators that put the value in a sentence: the verbs, a word and its value side by side, a dash between. */
const PROSE_OPERATORS: ReadonlySet<string> = new Set([...PROSE_VERBS, JUXTAPOSED, DASHED]);
/** Flags that give the value of the name before them: `gh secret set NAME --body "…"`. */
const VALUE_FLAGS = ['--body', '--value', '--secret-string', '-b'];
/**
 * Words that take the value after a space: `setx NAME value`, `set -gx NAME value`, Dockerfile `ENV NAME value`,
 * the AWS CLI's `aws configure set NAME value`.
 */
const SPACE_ASSIGNERS = /(?:^|[\s;])(?:setx|set\s+-[a-zA-Z]*x|ENV|ARG|configure\s+set)\s+$/;
/** Prose between a name and its verb: `password for the jump host is`, `token of the bot was`. */
const PROSE_CLAUSE = /[ \t]{1,4}(?:for|of|on|to|at|in)(?:[ \t]{1,4}[\w.@-]{1,24}){1,5}?(?::|[ \t]{1,4}(?:is|was):?)[ \t]/y;
/** A remark between a name and its operator: `token (prod):`, `API key [staging] =`. */
const REMARK = /[ \t]{0,2}(?:\([^()\n]{1,24}\)|\[[^[\]\n]{1,24}\])/y;
const GO_TYPE = /[ \t]{1,4}[A-Za-z_*[][\w.[\]*]{0,30}[ \t]{0,4}=(?![=>~])/y;
/** A default passed by keyword after a name given as an argument (`default=`, `fallback=`). */
const DEFAULT_KEYWORD = /(?:default|fallback)[ \t]*=[ \t]*/y;
const VB_TYPE = /[ \t]{1,4}[Aa]s[ \t]{1,4}(?:New[ \t]+)?[A-Za-z_][\w.]{0,30}(?:\(\))?[ \t]{0,4}=(?![=>~])/y;
const NAME_FIELD = /(?:^|[\s{,;<(])["']?(?:name|key|Name|Key|NAME|KEY)["']?[ \t]{0,4}[:=][ \t]{0,4}$/;
const VALUE_FIELD = /[\s,]{0,24}?["']?(?:value|Value|VALUE)["']?/y;

/** After a YAML block scalar's `|` or `>`: its chomping and indentation indicators, then blanks or a comment. */
const BLOCK_INDICATOR = /[-+]?[1-9]?[-+]?[ \t]*(?:#[^\n]{0,80})?(?=\r?\n)/y;

/** A YAML tag that types the value after it and leaves it what it is: `!!binary` (base64), `!!str`. */
const YAML_TAG = /!!(?:binary|str)[ \t]{1,4}/y;

/** A line of a block: its text without the blanks around it, and how many blanks stood before it. */
interface BlockLine {
  start: number;
  end: number;
  indent: number;
}

/** Characters of a key wrapped over lines (base64, base64url, hex): a line of nothing else continues one. */
const KEY_CHAR = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-') KEY_CHAR[c.charCodeAt(0)] = 1;

function keyCharsOnly(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || KEY_CHAR[c] !== 1) return false;
  }
  return true;
}

/**
 * Where a key that starts on `first` ends when it is wrapped over the lines after it: each line indented as
 * `first` is and holding key characters only. At most MAX_QUOTED_VALUE characters are read.
 */
function wrappedKeyEnd(text: string, first: BlockLine): number {
  if (!keyCharsOnly(text, first.start, first.end)) return first.end;
  const stop = Math.min(text.length, first.start + MAX_QUOTED_VALUE);
  let end = first.end;
  for (let at = first.end; at < stop;) {
    // To the next line's start, past the blanks (and a carriage return) that end this one.
    while (at < stop && text.charCodeAt(at) !== 10 && isSpace(text.charCodeAt(at))) at++;
    if (text.charCodeAt(at) !== 10) break;
    const lineStart = at + 1;
    const start = skipSpaces(text, lineStart);
    if (start - lineStart !== first.indent) break;
    let lineEnd = start;
    while (lineEnd < stop && text.charCodeAt(lineEnd) !== 10 && !isSpace(text.charCodeAt(lineEnd))) lineEnd++;
    if (lineEnd === start || lineEnd === stop || !keyCharsOnly(text, start, lineEnd)) break;
    // Nothing but blanks after it on its line: `abc def` is prose, not a piece of a key.
    let after = lineEnd;
    while (after < stop && text.charCodeAt(after) !== 10 && isSpace(text.charCodeAt(after))) after++;
    if (after < text.length && text.charCodeAt(after) !== 10) break;
    end = lineEnd;
    at = lineEnd;
  }
  return end;
}

/** How many blanks and line ends may stand between an element's text and its closing tag. */
const BLANK_LINES_REACH = 256;

/** From `at` (just after a line), past blanks and line ends (a bounded stretch): where the text goes on. */
function skipBlankLines(text: string, at: number): number {
  const stop = Math.min(text.length, at + BLANK_LINES_REACH);
  let i = at;
  while (i < stop && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Where a sentence that may mention a value ends, or code starts: a line feed, `.`, `=`, `;`, brackets, `<`. */
const ENDS_MENTION = new Uint8Array(128);
for (const c of '\n.=;(){}[<') ENDS_MENTION[c.charCodeAt(0)] = 1;

/** Python's r"…", b'…', u"…", C#'s @"…": characters that may stand before a string's quote. */
const STRING_PREFIX = new Uint8Array(128);
for (const c of 'rbufRBUF@$') STRING_PREFIX[c.charCodeAt(0)] = 1;

/**
 * The text before `end` ends like NAME_FIELD: `name` or `key` (any case the regex allows), an optional quote, at
 * most four blanks, `:` or `=`, at most four blanks. A cheap test before the regex, which runs for every name.
 */
function mayFollowNameField(text: string, end: number): boolean {
  let i = end - 1;
  while (i >= 0 && end - 1 - i < 4 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (text.charCodeAt(i) !== 58 && text.charCodeAt(i) !== 61) return false;
  const operator = i--;
  while (i >= 0 && operator - 1 - i < 4 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (text.charCodeAt(i) === 34 || text.charCodeAt(i) === 39) i--;
  const last = text.charCodeAt(i);
  return last === 101 || last === 69 || last === 121 || last === 89;
}

/**
 * PROSE_CLAUSE can match at `at`: one to four blanks, then the first letter of one of its prepositions. Checked
 * by hand first because a name followed by a space is common and the clause rare.
 */
function mayOpenProseClause(text: string, at: number): boolean {
  let i = at;
  while (i - at < 4 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c = text.charCodeAt(i);
  return c === 102 || c === 111 || c === 116 || c === 97 || c === 105; // f o t a i
}

/**
 * Where the last character before the blanks before `nameStart` is, or -1 when no blank stands right before it
 * (or only blanks do): what a regex that ends in `word\s+$` needs before it can match, read without cutting the
 * text. Any whitespace counts, a line break too, as for `\s` (`spacesBefore` walks spaces and tabs only).
 */
function lastBeforeBlanksAt(text: string, nameStart: number): number {
  let i = nameStart;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return i < nameStart && i > 0 ? i - 1 : -1;
}

/** Only spaces and tabs stand between the line's start (or the text's) and `at`. */
function startsLine(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  return i === 0 || text.charCodeAt(i - 1) === 10 || text.charCodeAt(i - 1) === 13;
}

/** A space, a tab or `:`: what may follow a prose verb (`is`, `is:`). */
function isBlankOrColon(c: number): boolean {
  return c === 32 || c === 9 || c === 58;
}

/**
 * The two characters at `last - 1` and `last` can end a word of SPACE_ASSIGNERS: `setx` and `set -gx` (a letter
 * or `-`, then `x`), `ENV`, `ARG`, `configure set`. Read by hand before the regex, which runs on a slice: a text
 * with a password word after every other word ran it at two hits in five.
 */
function mayEndSpaceAssigner(text: string, last: number): boolean {
  if (last < 1) return false;
  const c = text.charCodeAt(last);
  const before = text.charCodeAt(last - 1);
  if (c === 120) return before === 45 || isLetter(before); // x
  return (c === 86 && before === 78) || (c === 71 && before === 82) || (c === 116 && before === 101); // NV RG et
}

/** The two characters at `last - 1` and `last` can end a declaration keyword: `var`, `const`. */
function mayEndDeclaration(text: string, last: number): boolean {
  if (last < 1) return false;
  const c = text.charCodeAt(last);
  const before = text.charCodeAt(last - 1);
  return (c === 114 && before === 97) || (c === 116 && before === 115); // ar st
}

/** REMARK can match at `at`: at most two blanks and then `(` or `[`. By hand, as a blank after a name is common. */
function mayOpenRemark(text: string, at: number): boolean {
  let i = at;
  while (i - at < 2 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c = text.charCodeAt(i);
  return c === 40 || c === 91;
}

/** `"`, `'`, `` ` `` or a line feed. */
function isQuoteOrLineFeed(c: number): boolean {
  return c === 34 || c === 39 || c === 96 || c === 10;
}

function isQuote(c: string | undefined): boolean {
  return c === '"' || c === "'" || c === '`';
}

/**
 * Words that introduce an example: what follows on the line is documentation, not someone's secret. Not
 * `example` alone: `example.com` hosts stand in for real ones in pasted URLs, and `db.example:5432` is a host
 * and its port, not a label.
 */
const EXAMPLE_INTRO = /\b(?:e\.g\.|i\.e\.|(?:for example|for instance|such as)\b|(?<![.\-/])(?:example|sample)s?:(?![\d/]))/i;

/**
 * The line before `name` (up to 80 characters) introduces an example: `For example: API_TOKEN=…`,
 * `e.g. password: "…"`.
 */
export function introducedAsExample(text: string, name: KeyName): boolean {
  // The 80 characters before the name, from the line's start when it is nearer: one native search back in the
  // slice the regex reads anyway.
  const window = text.slice(Math.max(0, name.start - 80), name.start);
  const lineFeed = window.lastIndexOf('\n');
  return EXAMPLE_INTRO.test(lineFeed < 0 ? window : window.slice(lineFeed + 1));
}

/** `name` opens an XML element (`<apiToken>`), so its value is the element's text. */
export function isElementName(text: string, name: { start: number; end: number }): boolean {
  return name.start > 0 && text.charCodeAt(name.start - 1) === 60 && text.charCodeAt(name.end) === 62;
}

/**
 * Before a quoted name at `quote` (its opening quote), on its line: Gradle's `buildConfigField 'String', ` or
 * `resValue "string", `, which give an Android build the field's value as the next argument
 * (`buildConfigField "String", "API_KEY", "\"…\""`). Reads at most 48 characters back.
 */
function isGradleFieldName(text: string, quote: number): boolean {
  return GRADLE_FIELD.test(text.slice(Math.max(0, quote - 48), quote));
}
const GRADLE_FIELD = /(?:^|[\s;{(])(?:buildConfigField|resValue)[ \t]*\(?[ \t]*(["'])[\w.<>]+\1[ \t]*,[ \t]*$/;

/**
 * A double-quoted literal inside the single-quoted literal `[start, end)`: Groovy's `'"…"'`, as Gradle's
 * `buildConfigField` needs a string that holds quotes. The value is what the inner quotes hold; otherwise the
 * literal as it is. (Java's and Kotlin's `"\"…\""` reach the rules decoded, as `""…""`: see `doubledQuotes`.)
 */
function quotedInside(text: string, start: number, end: number): { start: number; end: number } {
  if (end - start >= 2 && text.charCodeAt(start - 1) === 39 && text.charCodeAt(start) === 34 && text.charCodeAt(end - 1) === 34) return { start: start + 1, end: end - 1 };
  return { start, end };
}

/**
 * `""…""` at `at`: a literal that holds quotes, as a decoded view shows `"\"…\""`, and as CSV, SQL and Visual
 * Basic double a quote inside a string. The value between the doubled quotes, on the line and within
 * `MAX_VALUE`, or undefined. Two empty strings in code (`a.user="",a.password="",a.hash=""`) hold code between
 * them: a blank, `,`, `;`, `=`, `+`, `&` or `|` there says it is no value.
 */
function doubledQuotes(text: string, at: number): { start: number; end: number } | undefined {
  const quote = text.charCodeAt(at);
  if (text.charCodeAt(at + 1) !== quote) return undefined;
  const start = at + 2;
  const stop = Math.min(text.length - 1, start + MAX_VALUE);
  for (let i = start; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === quote) return i > start && text.charCodeAt(i + 1) === quote ? { start, end: i } : undefined;
    if (c < 128 && NOT_IN_DOUBLED_QUOTES[c] === 1) return undefined;
  }
  return undefined;
}
const NOT_IN_DOUBLED_QUOTES = new Uint8Array(128);
for (const c of ' \t\r\n,;=+&|') NOT_IN_DOUBLED_QUOTES[c.charCodeAt(0)] = 1;

/** After a literal that is a whole argument: the call's `)` or the next argument's `,`. */
const ARGUMENT_END = /^[ \t]*[),]/;

/** A method that sets what it is given: `setPassword`, `withApiKey`, `useToken`, `updateSecret`. */
const SETTER = /^(?:set|with|use|update|change)[A-Z_]/;
/** A method that reads, checks or transforms a credential rather than setting it: `getPassword("user")`. */
const NOT_A_SETTER =
  /^(?:get|fetch|load|read|find|lookup|has|is|check|validate|verify|compare|remove|delete|clear|reset|revoke|rotate|generate|create|hash|parse|mask|redact|encode|decode|encrypt|decrypt|sign|assert|expect|log|print|on|handle|to|from)(?:[A-Z_]|$)/;

/**
 * `name` (its last dotted part) is a setter, or a builder's method named for the credential (`.password(…)`,
 * `.apiKey(…)`), so a quoted argument is the value it is given.
 */
function isSetterCall(text: string, name: KeyName): boolean {
  // Within the name only (names are short): a search back through the text would cost its length per name.
  let start = name.end;
  while (start > name.start && text.charCodeAt(start - 1) !== 46) start--;
  const method = text.slice(start, name.end);
  // MySQL's `SET PASSWORD FOR 'app'@'%' = PASSWORD('…')`: the function is given the password itself.
  if (SETTER.test(method) || method === 'PASSWORD' || method === 'OLD_PASSWORD') return true;
  return text.charCodeAt(start - 1) === 46 && /^[a-z]/.test(method) && !NOT_A_SETTER.test(method);
}

/** What may follow a bare value that a fallback literal follows: `||`, `??`, `or`, or the quote of a call's argument. */
const MAY_FALL_BACK = new Uint8Array(128);
for (const c of '|?o"\'`') MAY_FALL_BACK[c.charCodeAt(0)] = 1;

/** Longest reference a fallback literal is read after (`process.env.DB_PASSWORD`, `ENV['API_TOKEN']`). */
const MAX_REFERENCE = 128;
/**
 * Where the operator after a declared type ends, the type between name and operator (`var fooToken string = …`,
 * Visual Basic's `Dim password As String = …`), or -1. `at` is past the blanks after the name.
 */
function typedDeclarationEnd(text: string, name: KeyName, at: number, lastBeforeBlanks: number): number {
  // The declaration keyword before the name first: a cheaper test than the type after it.
  if (mayEndDeclaration(text, lastBeforeBlanks) && /(?:^|\s)(?:var|const)\s+$/.test(text.slice(Math.max(0, name.start - 8), name.start))) {
    GO_TYPE.lastIndex = name.end;
    if (GO_TYPE.test(text)) return GO_TYPE.lastIndex;
  }
  // Visual Basic's: the type after `As`, then the operator.
  if ((text.charCodeAt(at) | 32) === 97 && (text.charCodeAt(at + 1) | 32) === 115 && isBlank(text.charCodeAt(at + 2))) {
    VB_TYPE.lastIndex = name.end;
    if (VB_TYPE.test(text)) return VB_TYPE.lastIndex;
  }
  return -1;
}

/** A variable, a property path, an index or a call with a name (`os.getenv("X")`): what can be unset. */
const REFERENCE = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[["']?[\w.-]{1,64}["']?\]|\(["']?[\w.-]{0,64}["']?\))*$/;
/** What ends a statement or an argument after a literal: the whole fallback is that literal. */
const STATEMENT_END = /^[ \t]*(?:[,;)}\]\r\n#]|\/\/|$)/;

/** C++'s string types before a name initialised directly: `std::string password("…")`, `QString token("…")`. */
const STRING_TYPE_BEFORE = /(?:^|[\s(,;{])(?:const[ \t]+)?(?:std::)?(?:w?string|String|QString|CString|string_view|auto)[ \t]+$/;

/** The name is declared as a string and initialised with its argument in brackets (see STRING_TYPE_BEFORE). */
function declaresString(text: string, name: KeyName): boolean {
  return isSpace(text.charCodeAt(name.start - 1)) && STRING_TYPE_BEFORE.test(text.slice(Math.max(0, name.start - 40), name.start));
}

/** Where an array declarator after a name ends (`[]`, `[41]`), or `at` itself when none starts there. */
function afterArrayDeclarator(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length && i - at <= 6 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return text[i] === ']' ? i + 1 : at;
}

/**
 * Calls that convert or wrap a literal into the value itself, up to their opening bracket: Go's `[]byte(`, Rust's
 * `String::from(` and secrecy's `Secret::new(`, Java's `new String(`, Node's `Buffer.from(`, Python's `bytes(`,
 * pydantic's `SecretStr(`, Qt's `QStringLiteral(`. Reading or hashing calls are not among them: what they are
 * given is a name or a value that goes on elsewhere.
 */
const LITERAL_WRAPPER =
  /(?:new[ \t]+)?(?:\[\]byte|\[\]rune|String::from|Buffer\.from|String|str|bytes|bytearray|SecretStr|SecretBytes|SecretString(?:::new|::from)?|Secret(?:::new)?|CString|QString|QStringLiteral|std::string)\([ \t]*/y;
/** The first characters of LITERAL_WRAPPER's matches: the regex runs only where one stands. */
const WRAPPER_FIRST = new Uint8Array(128);
for (const c of 'n[SBsbCQ') WRAPPER_FIRST[c.charCodeAt(0)] = 1;

/** Longest run of a wrapper call's name before its bracket (`new SecretString::from`). */
const MAX_WRAPPER_NAME = 24;

/** Where the literal a LITERAL_WRAPPER call at `at` is given starts (its quote), or -1 when none is called there. */
function literalWrapperEnd(text: string, at: number): number {
  // A bracket after a short run of name characters first: most values are no call, and the regex has many branches.
  let i = at;
  const stop = Math.min(text.length, at + MAX_WRAPPER_NAME);
  while (i < stop && isWrapperNameChar(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 40) return -1;
  LITERAL_WRAPPER.lastIndex = at;
  return LITERAL_WRAPPER.test(text) && isQuote(text[LITERAL_WRAPPER.lastIndex]) ? LITERAL_WRAPPER.lastIndex : -1;
}

/** A letter, a digit, `:`, `.`, `[`, `]` or a space: what a wrapper call's name (`new String`, `[]byte`) is made of. */
function isWrapperNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 58 || c === 46 || c === 91 || c === 93 || c === 32;
}

/** Reads values after names in one text; keeps the scanners' memory between names. */
export class AssignmentReader {
  private readonly quotes: QuotedValues;
  private readonly tags: ClosingTags;
  /** Bare-value readers by the characters that end them (one per rule that asks). */
  private readonly bare = new Map<(c: number) => boolean, ValueRuns>();

  /** Terraform variables' defaults: made when a quoted name first asks. */
  private variables: VariableDefaults | undefined;

  constructor(private readonly text: string) {
    this.quotes = new QuotedValues(text, MAX_QUOTED_VALUE);
    this.tags = new ClosingTags(text, MAX_QUOTED_VALUE);
  }

  /** The operator `operatorAfter` found last: it runs for every name, so it returns a number and no object. */
  private operator = '';

  private found(at: number, operator: string): number {
    this.operator = operator;
    return at;
  }

  /** Offset after the operator that assigns to `name` (what kind it was in `operator`), or -1. */
  private operatorAfter(name: KeyName): number {
    const text = this.text;
    const open = name.start > 0 ? text[name.start - 1] : '';
    let at = name.end;
    let quotedName = false;
    if (isQuote(open) && text[at] === open) {
      at++;
      quotedName = true;
    } else if (open === '"' && text[name.start - 2] === '\\' && text[at] === '\\' && text[at + 1] === '"') {
      at += 2;
      quotedName = true;
    }
    if (text[at] === ']') at++;
    // C's array declarator: `char password[] = "…"`, `char api_key[41] = "…"`.
    else if (text[at] === '[' && !quotedName && !name.prose && !name.flag) at = afterArrayDeclarator(text, at);
    // Terraform's `variable "db_password" {`: the value is the block's `default`, lines further down.
    if (quotedName && open === '"' && at === name.end + 1) {
      const value = (this.variables ??= new VariableDefaults(text)).valueAt(name.start, name.end);
      if (value >= 0) return this.found(value, '=');
    }
    if (quotedName || (!name.flag && !name.prose)) {
      // The name is the `name`/`key` of a pair: the value is the pair's `value`.
      const before = name.start - (quotedName ? 1 : 0);
      const lineStart = Math.max(0, before - 1 - 24);
      if (mayFollowNameField(text, before) && NAME_FIELD.test(text.slice(lineStart, before))) {
        VALUE_FIELD.lastIndex = at;
        // An element named by its `name` attribute holds the value as its text:
        // `<property name="hibernate.connection.password">…</property>`.
        if (!VALUE_FIELD.test(text)) return quotedName && text.charCodeAt(at) === 62 && text.charCodeAt(before - 1) === 61 ? this.found(at + 1, ELEMENT_TEXT) : -1;
        at = VALUE_FIELD.lastIndex;
      }
    }
    // `user.setPassword("…")`, `builder.apiKey("…")`: a setter or a builder's method given a quoted literal; C++'s
    // `std::string password("…")` too.
    // Looked for before a remark in brackets (`password (prod): …`), which would take the argument for one.
    if (at === name.end && text.charCodeAt(at) === 40 && !quotedName && !name.prose && !name.flag) {
      const argument = skipSpaces(text, at + 1);
      // The literal must be the whole argument: `setPassword("…")`, `.password("…", …)`.
      const literal = isQuote(text[argument]) && (isSetterCall(text, name) || declaresString(text, name)) ? this.quotes.valueAt(argument) : undefined;
      if (literal !== undefined && ARGUMENT_END.test(text.slice(literal.end + 1, literal.end + 4))) return this.found(at + 1, '(');
    }
    REMARK.lastIndex = at;
    if (!quotedName && mayOpenRemark(text, at) && REMARK.test(text)) at = REMARK.lastIndex;
    at = skipSpaces(text, at);
    if (!name.prose && text.charCodeAt(at) === 58) {
      const typed = typeAnnotationEnd(text, at);
      if (typed >= 0) return this.found(typed, '=');
    }
    const first = text.charCodeAt(at);
    // `password == "…"`, `creds.Secret != '…'`: a literal a secret is compared with is the secret, written into
    // the code that checks it. Only a quoted literal counts (see `valueAfter`).
    if ((first === 61 || first === 33) && text.charCodeAt(at + 1) === 61 && !name.prose && !name.flag) {
      return this.found(at + (text.charCodeAt(at + 2) === 61 ? 3 : 2), '==');
    }
    const operators = (first < 128 ? ASCII_OPERATORS_BY_FIRST[first] : OPERATORS_BY_FIRST.get(first)) ?? NO_OPERATORS;
    for (let k = 0; k < operators.length; k++) {
      const operator = operators[k]!;
      if (!text.startsWith(operator, at)) continue;
      const next = text[at + operator.length];
      if (operator === '=' && (next === '=' || next === '~')) return -1;
      if (operator === ':' && (next === ':' || next === '/')) return -1;
      return this.found(at + operator.length, operator);
    }
    // A table cell: after a `|` (`| apiKey | …`), or first in a row of a table written without outer pipes.
    if (text[at] === '|' && (/\|[ \t]*$/.test(text.slice(Math.max(0, name.start - 8), name.start)) || startsLine(text, name.start))) return this.found(at + 1, '|');
    if (text[at] === ',' && quotedName && (/\([ \t]*$/.test(text.slice(Math.max(0, name.start - 8), name.start - 1)) || isGradleFieldName(text, name.start - 1))) {
      return this.found(at + 1, ',');
    }
    // A Ruby symbol given first to a call, the value next: `set :password, "…"` (Capistrano, Sinatra),
    // `fetch(:api_key, "…")`.
    if (text[at] === ',' && rubySymbolArgument(text, name.start)) return this.found(at + 1, ',');
    const gap = at > name.end + (quotedName ? 1 : 0);
    /** What stands before the blanks before the name (-1: no blank there), for the words that assign after one. */
    const lastBeforeBlanks = lastBeforeBlanksAt(text, name.start);
    if (!name.flag) {
      // `is` or `was`: looked for only where one could start, as most names are followed by neither.
      for (let k = 0; gap && (first === 105 || first === 119 || first === 97) && k < PROSE_VERBS.length; k++) {
        const verb = PROSE_VERBS[k]!;
        if (text.startsWith(verb, at) && isBlankOrColon(text.charCodeAt(at + verb.length))) {
          let after = at + verb.length;
          if (text[after] === ':') after++;
          return this.found(after, verb);
        }
      }
      const blankAfter = text.charCodeAt(name.end) === 32 || text.charCodeAt(name.end) === 9;
      PROSE_CLAUSE.lastIndex = name.end;
      if (blankAfter && mayOpenProseClause(text, name.end) && PROSE_CLAUSE.test(text)) return this.found(PROSE_CLAUSE.lastIndex, 'is');
      const typed = !name.prose && blankAfter ? typedDeclarationEnd(text, name, at, lastBeforeBlanks) : -1;
      if (typed >= 0) return this.found(typed, '=');
    }
    if (gap) {
      for (let k = 0; first === 45 && k < VALUE_FLAGS.length; k++) {
        const flag = VALUE_FLAGS[k]!;
        const next = text.charCodeAt(at + flag.length);
        if (text.startsWith(flag, at) && (next === 32 || next === 9 || next === 61)) return this.found(at + flag.length + 1, flag);
      }
      if (name.flag || (mayEndSpaceAssigner(text, lastBeforeBlanks) && SPACE_ASSIGNERS.test(text.slice(Math.max(0, name.start - 16), name.start)))) return this.found(at, ' ');
      if (!quotedName && isSpacedDash(text, at)) return this.found(at + 1, DASHED);
      // SQL's `WITH LOGIN PASSWORD 'S3cret!x'`: a password name, a space, a quoted string.
      // The space is what says so: `[DB_PASSWORD_1]'…` (a placeholder, then a quote) is no such statement.
      if (name.kind === 'password' && !quotedName && text[at] === "'" && isSpace(text.charCodeAt(at - 1))) return this.found(at, ' ');
      // `.netrc` and other `name value` files: the name starts its line (or follows `login …`), the value ends it.
      if (!name.prose && nameStartsValueLine(text, name.start)) return this.found(at, 'line');
      // `login admin, password Hq4$zR8mLp2W`: a password word, one space, the value. The password rule asks more
      // of a value given this way (see `JUXTAPOSED`).
      if (!quotedName && juxtaposes(text, name, at)) return this.found(at, JUXTAPOSED);
    }
    return -1;
  }

  /**
   * A quoted or backticked value later in the same sentence as `name`, with only words between them:
   * `"invalid credentials" with \`yrx61WiD…\``, `the webhook secret I use, \`zXCH…\``. Undefined at a line or
   * sentence end, or at code (`=`, brackets, `;`).
   */
  mentionedAfter(name: KeyName): { start: number; end: number } | undefined {
    const text = this.text;
    const stop = Math.min(text.length, name.end + MENTION_REACH);
    let i = name.end;
    if (isQuote(text[i])) i++;
    // By character code: this runs for every secret name that is not assigned a value.
    for (; i < stop; i++) {
      const c = text.charCodeAt(i);
      if (c === 96 || ((c === 34 || c === 39) && text.charCodeAt(i - 1) === 32)) return this.quotes.valueAt(i);
      if (c < 128 && ENDS_MENTION[c] === 1) return undefined;
    }
    return undefined;
  }

  /**
   * A quoted or backticked value just before `name` in a sentence that gives it that name: `` `Zq7x…` is my
   * API key``, `"Zq7x…" as the client secret`. Only a verb and a few words may stand between.
   */
  mentionedBefore(name: { start: number }): { start: number; end: number } | undefined {
    const text = this.text;
    const floor = Math.max(0, name.start - MENTION_REACH);
    const close = this.lastQuoteOrLineFeed(floor, name.start);
    if (close < floor || !isQuote(text[close]) || !NAMED_AFTER.test(text.slice(close + 1, name.start))) return undefined;
    return quotedEndingAt(text, close);
  }

  /**
   * The literal a name is compared with when the literal comes first (`if ("…" == password)`, `"…" !== secret`,
   * `"…".equals(apiKey)`; see compared-before.ts), as a quoted value compared with, or undefined. The object is
   * `valueAfter`'s, reused.
   */
  comparedBefore(nameStart: number): Assigned | undefined {
    const literal = comparedLiteralBefore(this.text, nameStart);
    if (literal === undefined) return undefined;
    this.operator = '==';
    return this.assigned(literal.start, literal.end, true, false, false);
  }

  /** Scanned up to here for `lastQuoteOrLineFeed`, and the last quote or line feed before it (-1: none). */
  private stopsScannedTo = 0;
  private lastStop = -1;

  /**
   * The offset of the last quote or line feed in `[floor, at)`, or -1. Names come in ascending order, so it reads
   * on from where the previous call stopped and each character is read once; a call behind that reads back.
   */
  private lastQuoteOrLineFeed(floor: number, at: number): number {
    const text = this.text;
    if (at < this.stopsScannedTo) {
      for (let i = at - 1; i >= floor; i--) if (isQuoteOrLineFeed(text.charCodeAt(i))) return i;
      return -1;
    }
    // Nothing before `floor` matters: a long gap since the last call is not read.
    let i = this.stopsScannedTo;
    if (floor > i) {
      i = floor;
      this.lastStop = -1;
    }
    for (; i < at; i++) if (isQuoteOrLineFeed(text.charCodeAt(i))) this.lastStop = i;
    this.stopsScannedTo = at;
    return this.lastStop >= floor ? this.lastStop : -1;
  }

  /** A quoted value after blanks from `at`, on the same line. */
  quotedAfter(at: number): { start: number; end: number } | undefined {
    const quote = skipSpaces(this.text, at);
    return quote > at && isQuote(this.text[quote]) ? this.quotes.valueAt(quote) : undefined;
  }

  /** The next value of a list after a quoted value ending at `end`: `` `a`, `b` and `c` ``. */
  listedAfter(end: number): { start: number; end: number } | undefined {
    LIST_SEPARATOR.lastIndex = end + 1;
    if (!LIST_SEPARATOR.test(this.text)) return undefined;
    return this.quotes.valueAt(LIST_SEPARATOR.lastIndex);
  }

  /** What `valueAfter` returns, reused: it runs for every name, and a text dense with names made an object each. */
  private readonly result: Assigned = { start: 0, end: 0, quoted: false, prose: false, loose: false, blockEnd: 0, operator: '' };

  private assigned(start: number, end: number, quoted: boolean, prose: boolean, loose: boolean, blockEnd: number = end): Assigned {
    const result = this.result;
    result.start = start;
    result.end = end;
    result.quoted = quoted;
    result.prose = prose;
    result.loose = loose;
    result.blockEnd = blockEnd;
    result.operator = this.operator;
    return result;
  }

  /**
   * The value assigned to `name`, or undefined when the name is not assigned one here. The object is reused by
   * the next call: copy what you keep.
   */
  valueAfter(name: KeyName, bareEnds: (c: number) => boolean): Assigned | undefined {
    const text = this.text;
    if (isElementName(text, name)) return this.elementValue(name);
    const operatorEnd = this.operatorAfter(name);
    if (operatorEnd < 0) return undefined;
    const op = this.operator;
    if (op === ELEMENT_TEXT) return this.elementTextAt(operatorEnd);
    const prose = name.prose || PROSE_OPERATORS.has(op);
    let at = skipSpaces(text, operatorEnd);
    // YAML's `!!binary` and `!!str` tags stand before the value they type.
    if (op === ':' && text.charCodeAt(at) === 33) {
      YAML_TAG.lastIndex = at;
      if (YAML_TAG.test(text)) at = YAML_TAG.lastIndex;
    }
    // `env("SECRET_KEY", default="…")`, `config("API_TOKEN", fallback="…")`: a default given by keyword.
    if (op === ',' && (text.charCodeAt(at) === 100 || text.charCodeAt(at) === 102)) {
      DEFAULT_KEYWORD.lastIndex = at;
      if (DEFAULT_KEYWORD.test(text)) at = DEFAULT_KEYWORD.lastIndex;
    }
    // Python's r"…", b'…', f"…", rb"…", C#'s @"…" and $"…".
    if (STRING_PREFIX[text.charCodeAt(at)] === 1) {
      if (isQuote(text[at + 1])) at++;
      else if (STRING_PREFIX[text.charCodeAt(at + 1)] === 1 && isQuote(text[at + 2])) at += 2;
    }
    // A literal converted or wrapped where it is given: Go's `[]byte("…")`, Rust's `String::from("…")`, pydantic's
    // `SecretStr("…")`. The literal must be the call's whole first argument.
    const wrapped = WRAPPER_FIRST[text.charCodeAt(at)] === 1 ? literalWrapperEnd(text, at) : -1;
    if (wrapped >= 0) at = wrapped;
    const c = text[at];
    if (this.closesStringOfName(name, at)) return undefined;
    // After C's array declarator only a double quote opens a string: `'…'` is a character constant there.
    if (c !== '"' && text.charCodeAt(name.end) === 91 && afterArrayDeclarator(text, name.end) > name.end) return undefined;
    if (isQuote(c) || (c === '\\' && (text[at + 1] === '"' || text[at + 1] === "'"))) return this.quotedValue(at, prose, wrapped >= 0);
    if ((c === '\n' || c === '\r') && (op === '=' || op === ':=' || op === ':')) {
      // `const apiKey =` and the quoted value indented on the next line: how formatters break a long string.
      const line = this.nextLineAfter(at);
      if (line === undefined || line.indent === 0 || !isQuote(text[line.start])) return undefined;
      const value = this.quotes.valueAt(line.start);
      return value === undefined ? undefined : this.assigned(value.start, value.end, true, prose, false);
    }
    if (at >= text.length || c === '\n' || c === '\r' || op === '==') return undefined;
    // YAML's block scalars: `token: |` (or `>`, `|-`, `>+`…) and the value indented on the next line.
    if (op === ':' && (c === '|' || c === '>')) {
      BLOCK_INDICATOR.lastIndex = at + 1;
      const line = BLOCK_INDICATOR.test(text) ? this.nextLineAfter(BLOCK_INDICATOR.lastIndex) : undefined;
      return line !== undefined && line.indent > 0 ? this.assigned(line.start, line.end, true, false, false, wrappedKeyEnd(text, line)) : undefined;
    }
    // `"db_password": {"sensitive": true, "value": "…"}` (Terraform's `output -json`), `"adminPassword": {"value":
    // "…"}` (an ARM template's parameters): an object whose `value` field holds it.
    if (c === '{' && op === ':' && isQuote(text[name.start - 1])) return this.valueFieldOf(at, prose);
    const bare = this.bareEnd(at, bareEnds);
    if (bare === undefined || bare <= at) return undefined;
    if (MAY_FALL_BACK[text.charCodeAt(skipSpaces(text, bare))] === 1) {
      const fallback = this.fallbackLiteral(at, bare, prose);
      if (fallback !== undefined) return fallback;
    }
    // The enclosing string closes the value too, where the name stands inside it (`"tool --password …"`).
    const end = beforeClosingQuote(text, at, enclosedEnd(text, name.start, at, bare), name.start);
    if (end <= at) return undefined;
    if (op === 'line' && !onlyCommentFollows(text, end)) {
      // Not a `name value` line after all, as more follows the value: a password word and its value in a
      // sentence (`password Hq4$… - do not forward`), or nothing.
      if (!juxtaposes(text, name, at)) return undefined;
      this.operator = JUXTAPOSED;
      return this.assigned(at, trimmedProse(text, at, end), false, true, false);
    }
    // `name = value` in a file: a bare value there ends its line. In a command (`NAME=value cmd`, `--flag value`),
    // a table cell or a sentence, more may follow.
    const spaced = (op === '=' || op === ':' || op === ',') && (text[operatorEnd - op.length - 1] === ' ' || text[operatorEnd] === ' ');
    // A value the enclosing quote or bracket closes is delimited as a quoted one is, whatever follows.
    const loose = spaced && !prose && !name.flag && end === bare && !onlyCommentFollows(text, end);
    return this.assigned(at, prose ? trimmedProse(text, at, end) : end, false, prose, loose);
  }

  /** The text of a secret's element (`<apiToken>…</apiToken>`), on the line of its start tag or the next. */
  private elementValue(name: KeyName): Assigned | undefined {
    const text = this.text;
    this.operator = '<>';
    const close = this.tags.closeOf(name.end + 1);
    if (close !== undefined) return this.assigned(name.end + 1, close, true, false, false);
    // `<apiToken>`, the value alone on the next line, then `</apiToken>` (on that line or after it).
    const line = this.nextLineAfter(name.end + 1);
    if (line === undefined) return undefined;
    const closeOnLine = this.tags.closeOf(line.start);
    if (closeOnLine !== undefined) return closeOnLine > line.start ? this.assigned(line.start, closeOnLine, true, false, false) : undefined;
    return text.startsWith('</', skipBlankLines(text, line.end)) ? this.assigned(line.start, line.end, true, false, false) : undefined;
  }

  /**
   * The quoted literal opening at `at`, the whole first argument of its call when `wrapped` (`[]byte("…")`); the
   * first line of a string that breaks before it closes otherwise.
   */
  private quotedValue(at: number, prose: boolean, wrapped: boolean): Assigned | undefined {
    const text = this.text;
    const value = this.quotes.valueAt(at);
    if (value === undefined) return wrapped ? undefined : this.brokenStringFirstLine(at, prose);
    if (wrapped && !ARGUMENT_END.test(text.slice(value.end + 1, value.end + 4))) return undefined;
    // What quotes inside the literal hold (`""…""`, Groovy's `'"…"'`), else the literal.
    const inner = (value.end === value.start ? doubledQuotes(text, at) : quotedInside(text, value.start, value.end)) ?? value;
    let { start, end } = inner;
    // A value pasted with blanks inside its quotes (`" W_Hl… "`, `'…\r'`): the secret is what stands between them.
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    return this.assigned(start, end, true, prose, false);
  }

  /**
   * The quoted value of the `value` field of the object opening at `open` (its `{`), among its first fields
   * (MAX_OBJECT_READ characters), or undefined.
   */
  private valueFieldOf(open: number, prose: boolean): Assigned | undefined {
    const text = this.text;
    const stop = Math.min(text.length, open + MAX_OBJECT_READ);
    for (let i = open + 1; i < stop; i++) {
      const c = text.charCodeAt(i);
      if (c === 125 || c === 123 || c === 91) return undefined;
      if (c !== 34) continue;
      const key = this.quotes.valueAt(i);
      if (key === undefined) return undefined;
      i = key.end;
      if (key.end - key.start !== 5 || !startsWithFolded(text, key.start, 'value')) continue;
      const colon = skipSpaces(text, key.end + 1);
      if (text.charCodeAt(colon) !== 58) return undefined;
      const quote = skipSpaces(text, colon + 1);
      const value = text.charCodeAt(quote) === 34 ? this.quotes.valueAt(quote) : undefined;
      return value === undefined ? undefined : this.assigned(value.start, value.end, true, prose, false);
    }
    return undefined;
  }

  /** The text of an element from `at` (just after its start tag's `>`) to its closing tag on the line. */
  private elementTextAt(at: number): Assigned | undefined {
    const close = this.tags.closeOf(at);
    return close !== undefined && close > at ? this.assigned(at, close, true, false, false) : undefined;
  }

  /**
   * The literal a reference from `at` (the bare value up to `bare`, or a call with a quoted name) falls back to,
   * written after it: `password: process.env.DB_PASSWORD || "…"`, `token = env.TOKEN ?? '…'`,
   * `secret = settings.SECRET or "…"`. The value the code runs with when the reference is unset is the one
   * written here. Undefined when no such fallback follows.
   */
  private fallbackLiteral(at: number, bare: number, prose: boolean): Assigned | undefined {
    const text = this.text;
    let referenceEnd = bare;
    // `os.getenv('API_KEY') or '…'`: a bare value that ends at a quote stopped inside the call's quoted argument.
    if (text.charCodeAt(bare - 1) === 40 && isQuote(text[bare])) {
      const argument = this.quotes.valueAt(bare);
      if (argument === undefined || text.charCodeAt(argument.end + 1) !== 41) return undefined;
      referenceEnd = argument.end + 2;
    }
    const i = skipSpaces(text, referenceEnd);
    if (i === referenceEnd || referenceEnd - at > MAX_REFERENCE) return undefined;
    const c = text.charCodeAt(i);
    let length = 0;
    if ((c === 124 || c === 63) && text.charCodeAt(i + 1) === c) length = 2;
    else if (c === 111 && text.charCodeAt(i + 1) === 114 && isBlank(text.charCodeAt(i + 2))) length = 2;
    if (length === 0) return undefined;
    const quote = skipSpaces(text, i + length);
    if (!isQuote(text[quote]) || !REFERENCE.test(text.slice(at, referenceEnd))) return undefined;
    const value = this.quotes.valueAt(quote);
    if (value === undefined || value.end <= value.start || !STATEMENT_END.test(text.slice(value.end + 1, value.end + 4))) return undefined;
    return this.assigned(value.start, value.end, true, prose, false);
  }

  /**
   * The first line of a string that opens at `at` (a quote) and breaks at its line's end before it closes: how a
   * decoded JSON string that holds a value, a line break and more reads (`"password":"` and `Xk9…` on the next
   * line, `rotated on Monday"` on the one after). The value is that line, whole, when the string does not close
   * on it; undefined otherwise.
   */
  private brokenStringFirstLine(at: number, prose: boolean): Assigned | undefined {
    const line = this.nextLineAfter(at + 1);
    if (line === undefined) return undefined;
    const quote = this.text[at] === '\\' ? this.text[at + 1]! : this.text[at]!;
    if (this.text.slice(line.start, line.end).includes(quote)) return undefined;
    return this.assigned(line.start, line.end, true, prose, false);
  }

  /**
   * The next line's text, when `at` is followed by nothing but blanks up to its line end: what a block holds
   * (an element's text on a line of its own, a YAML block scalar). Its blanks are left out; `indent` counts
   * those before it. Reads at most MAX_VALUE characters past the blanks.
   */
  private nextLineAfter(at: number): BlockLine | undefined {
    const text = this.text;
    let i = skipSpaces(text, at);
    if (text.charCodeAt(i) === 13) i++;
    if (text.charCodeAt(i) !== 10) return undefined;
    const lineStart = i + 1;
    const start = skipSpaces(text, lineStart);
    const stop = Math.min(text.length, start + MAX_VALUE + 1);
    let end = start;
    while (end < stop && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    if (end === stop && end < text.length) return undefined;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    return end > start ? { start, end, indent: start - lineStart } : undefined;
  }

  /**
   * The quote at `at` closes a string the name opens: `"Password:"` is a label, and what follows its closing
   * quote (`,rememberMeLabel:"…`) no value. A quoted name (`"password": "…"`) closes its own string first.
   */
  private closesStringOfName(name: KeyName, at: number): boolean {
    const text = this.text;
    const open = text[name.start - 1];
    if (!isQuote(open)) return false;
    const quote = text[name.start - 2] === '\\' ? '\\' + open : open!;
    return !text.startsWith(quote, name.end) && text.startsWith(quote, at);
  }

  /** A bare value in a sentence, command or table cell: up to a space or a character `ends` names. */
  private bareEnd(at: number, ends: (c: number) => boolean): number | undefined {
    let runs = this.bare.get(ends);
    if (runs === undefined) {
      runs = new ValueRuns(this.text, ends, MAX_BARE_VALUE);
      this.bare.set(ends, runs);
    }
    return runs.endOf(at);
  }
}

/** Keeps the shape of the objects every call makes (see keep-shape.ts). */
keepShapeOf(new AssignmentReader(''));
