import { describe, expect, it } from 'vitest';
import { AnsweredStore, STORE_EVERY_MS } from './answered-store';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** A recorder that counts the stores asked of it, and a clock moved by hand. */
function setup(fail?: Error) {
  let now = 1_000;
  const recorder = {
    stores: 0,
    storeJournaled() {
      recorder.stores++;
      if (fail) throw fail;
    },
  };
  return { recorder, store: new AnsweredStore(() => now), advance: (ms: number) => (now += ms) };
}

describe('AnsweredStore', () => {
  it('stores once a call is answered, after the answer, and answers close together share one store', async () => {
    const { recorder, store, advance } = setup();
    store.answered(recorder, () => {});
    // Not in the middle of the answering call: on the next turn of the event loop.
    expect(recorder.stores).toBe(0);
    await nextTurn();
    expect(recorder.stores).toBe(1);
    advance(STORE_EVERY_MS - 1);
    store.answered(recorder, () => {});
    await nextTurn();
    expect(recorder.stores).toBe(1);
    advance(1);
    store.answered(recorder, () => {});
    await nextTurn();
    expect(recorder.stores).toBe(2);
  });

  it("reports the log's failure instead of throwing it into the event loop", async () => {
    const broken = new Error('disk I/O error');
    const { recorder, store } = setup(broken);
    const reported: unknown[] = [];
    store.answered(recorder, (error) => reported.push(error));
    await nextTurn();
    expect(reported).toEqual([broken]);
  });
});
