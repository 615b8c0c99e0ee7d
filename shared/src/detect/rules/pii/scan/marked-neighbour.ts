import { at, isDigit } from './chars';

/** A dash, a dot or a slash: what joins the groups of a number printed without spaces between them. */
export function isMarkJoiner(c: number): boolean {
  return c === 45 || c === 46 || c === 47;
}

/**
 * The digits that end at `end` belong to a number whose groups are joined by a dash, a dot or a slash
 * (`971-90-5207`): a space after them parts that number from the next one, as in a list of numbers printed
 * each its own way (`971-90-5207 80 107 338 338`). Walks back over the one run of digits only.
 */
export function markedNumberEndsAt(text: string, end: number): boolean {
  let i = end - 1;
  while (i >= 0 && isDigit(text.charCodeAt(i))) i--;
  return i < end - 1 && isMarkJoiner(at(text, i)) && isDigit(at(text, i - 1));
}

/** The digits that start at `start` begin a number whose groups are joined by a dash, a dot or a slash. */
export function markedNumberStartsAt(text: string, start: number): boolean {
  let i = start;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i > start && isMarkJoiner(at(text, i)) && isDigit(at(text, i + 1));
}
