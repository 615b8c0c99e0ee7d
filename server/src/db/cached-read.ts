/**
 * One value read from the database and kept until `drop()`: called when a `ChangeBus` notification says another
 * replica (or this one) changed it, or on a resync. A read still under way when `drop()` comes may have seen the
 * old rows, so it is neither kept nor answered: whoever waited on it reads again. Once a notification has
 * arrived, nobody is served a value from before it.
 */
export class CachedRead<T> {
  #generation = 0;
  #cached: { generation: number; value: Promise<T> } | undefined;

  constructor(private readonly read: () => Promise<T>) {}

  async get(): Promise<T> {
    for (;;) {
      const generation = this.#generation;
      let cached = this.#cached;
      if (cached?.generation !== generation) {
        const value = this.read();
        cached = { generation, value };
        this.#cached = cached;
        // A failed read is not kept: the next caller tries again.
        void value.catch(() => {
          if (this.#cached === cached) this.#cached = undefined;
        });
      }
      const value = await cached.value;
      if (generation === this.#generation) return value;
    }
  }

  drop(): void {
    this.#generation++;
    this.#cached = undefined;
  }
}
