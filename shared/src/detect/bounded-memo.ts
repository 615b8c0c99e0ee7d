/** Keys up to this long are compared by hand; a longer one (words before a name) natively. */
const SHORT_KEY = 12;

/**
 * `text` holds `key` at `start`: a short name by hand, as `startsWith` with a position is a runtime call; a longer
 * key (a phrase of several words) natively, which compares it faster than a loop once the call is paid.
 */
function sameAt(text: string, start: number, key: string): boolean {
  if (key.length > SHORT_KEY) return text.startsWith(key, start);
  for (let k = 0; k < key.length; k++) if (text.charCodeAt(start + k) !== key.charCodeAt(k)) return false;
  return true;
}

/**
 * A copy of `key` that owns its characters. A slice of 13 characters or more is, in V8, a view into the text it
 * was cut from: kept as a key, it kept that whole text (a prompt, secrets and all) alive as long as the memo,
 * and every comparison read through the view.
 */
function ownCopy(key: string): string {
  return key.length < 13 ? key : key.split('').join('');
}

/** Slots of the recent-keys table in front of the map: a power of two, so a hash picks one with a mask. */
const RECENT_SLOTS = 64;

/**
 * Results of a pure function of a short string, remembered across calls. Rules that classify the same few
 * names over and over (every `password=` of a config, of a crafted prompt) then pay once per distinct name.
 * When full it starts over rather than tracking recency: the cap only bounds memory, and names repeat in
 * bursts, so a fresh table fills again with what the text uses.
 */
export class BoundedMemo<V> {
  readonly #values = new Map<string, V>();
  /** Keys recently asked for by range, by a cheap hash of the range, with their results. */
  readonly #recentKeys: Array<string | undefined> = new Array<string | undefined>(RECENT_SLOTS).fill(undefined);
  readonly #recentValues: Array<V | undefined> = new Array<V | undefined>(RECENT_SLOTS).fill(undefined);

  constructor(
    private readonly compute: (key: string) => V,
    private readonly capacity = 4096,
  ) {}

  get(key: string): V {
    const values = this.#values;
    const known = values.get(key);
    if (known !== undefined || values.has(key)) return known as V;
    const value = this.compute(key);
    if (values.size >= this.capacity) values.clear();
    values.set(ownCopy(key), value);
    return value;
  }

  /**
   * `get(text.slice(start, end))`, without cutting the slice when the same characters were asked for
   * recently: a text that repeats a name at every hit then costs a comparison per hit, not a new string
   * and a hash of it.
   */
  getRange(text: string, start: number, end: number): V {
    const length = end - start;
    const slot = (length * 31 + text.charCodeAt(start) * 7 + text.charCodeAt(end - 1)) & (RECENT_SLOTS - 1);
    const recent = this.#recentKeys[slot];
    if (recent !== undefined && recent.length === length && sameAt(text, start, recent)) return this.#recentValues[slot] as V;
    const key = ownCopy(text.slice(start, end));
    const value = this.get(key);
    this.#recentKeys[slot] = key;
    this.#recentValues[slot] = value;
    return value;
  }
}
