/**
 * Results of a pure function of a short string, remembered across calls. Rules that classify the same few
 * names over and over (every `password=` of a config, of a crafted prompt) then pay once per distinct name.
 * When full it starts over rather than tracking recency: the cap only bounds memory, and names repeat in
 * bursts, so a fresh table fills again with what the text uses.
 */
export class BoundedMemo<V> {
  readonly #values = new Map<string, V>();

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
    values.set(key, value);
    return value;
  }
}
