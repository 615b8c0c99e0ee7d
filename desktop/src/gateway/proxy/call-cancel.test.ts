import { describe, expect, it } from 'vitest';
import { CallCancel } from './call-cancel';

describe('CallCancel', () => {
  it('runs each listener once on cancel, none it was told to forget, and any added later at once', () => {
    const cancel = new CallCancel();
    const ran: string[] = [];
    cancel.onCancel(() => ran.push('kept'));
    const forget = cancel.onCancel(() => ran.push('forgotten'));
    forget();
    expect(cancel.cancelled).toBe(false);
    cancel.cancel();
    cancel.cancel();
    expect(ran).toEqual(['kept']);
    expect(cancel.cancelled).toBe(true);
    cancel.onCancel(() => ran.push('late'));
    expect(ran).toEqual(['kept', 'late']);
  });

  it('gives an AbortSignal that aborts with it, whether it was asked for before or after', () => {
    const early = new CallCancel();
    const signal = early.signal;
    expect(signal.aborted).toBe(false);
    early.cancel();
    expect(signal.aborted).toBe(true);

    const late = new CallCancel();
    late.cancel();
    expect(late.signal.aborted).toBe(true);
  });
});
