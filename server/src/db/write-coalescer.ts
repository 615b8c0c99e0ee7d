interface Queued<T, R> {
  item: T;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Merges writes that arrive while earlier ones are in flight into one call of `flush`, with at most `maxInFlight`
 * calls under way at once. At low load each write goes alone and at once; under load, the writes that queued up
 * behind a busy database go together, in one statement and one commit instead of one each.
 *
 * A merged call that fails is tried again write by write, so one write the database refuses fails only its own
 * caller, never the writes it happened to be merged with.
 */
export class WriteCoalescer<T, R> {
  readonly #queue: Array<Queued<T, R>> = [];
  #inFlight = 0;

  constructor(
    /** Stores the items together (all or none) and answers each one's result, in order. */
    private readonly flush: (items: readonly T[]) => Promise<readonly R[]>,
    private readonly options: { maxInFlight: number; maxSize: number; sizeOf: (item: T) => number },
  ) {}

  write(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.#queue.push({ item, resolve, reject });
      this.#pump();
    });
  }

  #pump(): void {
    while (this.#inFlight < this.options.maxInFlight && this.#queue.length > 0) {
      const taken = [this.#queue.shift()!];
      let size = this.options.sizeOf(taken[0]!.item);
      while (this.#queue.length > 0 && size + this.options.sizeOf(this.#queue[0]!.item) <= this.options.maxSize) {
        const next = this.#queue.shift()!;
        size += this.options.sizeOf(next.item);
        taken.push(next);
      }
      this.#inFlight++;
      void this.#run(taken).finally(() => {
        this.#inFlight--;
        this.#pump();
      });
    }
  }

  async #run(taken: ReadonlyArray<Queued<T, R>>): Promise<void> {
    try {
      const results = await this.flush(taken.map((t) => t.item));
      taken.forEach((t, i) => t.resolve(results[i]!));
    } catch (error) {
      if (taken.length === 1) return taken[0]!.reject(error);
      await Promise.all(
        taken.map(async (t) => {
          try {
            t.resolve((await this.flush([t.item]))[0]!);
          } catch (alone) {
            t.reject(alone);
          }
        }),
      );
    }
  }
}
