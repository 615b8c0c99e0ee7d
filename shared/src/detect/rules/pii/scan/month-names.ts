/**
 * Month names as dates of birth are written in the languages whose labels the date-of-birth rule reads:
 * English (full, three letters, `Sept`), German, French, Spanish, Italian, Portuguese, Dutch, Swedish, and
 * Russian and Polish in the genitive a date puts them in (`14 марта 1985`, `14 marca 1985`). Lower case.
 */
const NAMES: ReadonlyArray<readonly string[]> = [
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'enero', 'gennaio', 'janeiro', 'januari', 'января', 'stycznia'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'febrero', 'febbraio', 'fevereiro', 'februari', 'февраля', 'lutego'],
  ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'março', 'marco', 'maart', 'марта', 'marca'],
  ['april', 'apr', 'avril', 'abril', 'aprile', 'апреля', 'kwietnia'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'maj', 'мая', 'maja'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'junho', 'июня', 'czerwca'],
  ['july', 'jul', 'juli', 'juillet', 'julio', 'luglio', 'julho', 'июля', 'lipca'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'augustus', 'augusti', 'августа', 'sierpnia'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'setembro', 'сентября', 'września', 'wrzesnia'],
  ['october', 'oct', 'oktober', 'octobre', 'octubre', 'ottobre', 'outubro', 'октября', 'października', 'pazdziernika'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'ноября', 'listopada'],
  ['december', 'dec', 'dezember', 'décembre', 'decembre', 'diciembre', 'dicembre', 'dezembro', 'декабря', 'grudnia'],
];

const MONTH_BY_NAME = new Map<string, number>(NAMES.flatMap((names, index) => names.map((name) => [name, index + 1] as const)));

/** The longest name, in characters: how far a month name is read. */
export const MONTH_NAME_MAX = Math.max(...[...MONTH_BY_NAME.keys()].map((name) => name.length));

/** The month (1–12) `word` names in any case, or 0. */
export function monthNamed(word: string): number {
  return MONTH_BY_NAME.get(word.toLowerCase()) ?? 0;
}
