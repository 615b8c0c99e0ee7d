/** Examples kept for the life of the process: see `keepShapeOf`. */
const examples: object[] = [];

/**
 * Keeps `example` alive for good, so the shape (V8's hidden class) of its class's objects never dies.
 *
 * Why: optimized code depends on the shapes of the objects it was compiled for, and V8 throws that code away
 * when the last object of a shape is collected ("deoptimization, reason: weak objects"). A rule's helpers
 * (a reader of assignments, a search for quoted values) are made per call and are all dead by the next major
 * collection, so after every one the rules that used them ran unoptimized and were compiled again: the first
 * call on a megabyte after a collection took twice as long. One object of each helper class, made at load with
 * an empty text, keeps the shape. It must be made as the helpers of a call are (the same constructor), or its
 * shape is another.
 */
export function keepShapeOf<T extends object>(example: T): T {
  examples.push(example);
  return example;
}

/** The examples kept, for the test that checks each still has the shape of the objects a call makes. */
export function keptExamples(): readonly object[] {
  return examples;
}
