import { describe, expect, it } from 'vitest';
import { PairingError } from './errors';
import { normalizePairingCode } from './pairing-code';
import { PAIRING_CODE_TTL_MS, PairingCodes } from './pairing-codes';
import { frozenClock, useAuthDirs } from './test-helpers';
import { TokenStore } from './token-store';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof PairingError) return error.code;
    throw error;
  }
  return undefined;
}

describe('PairingCodes', () => {
  const { dir, closeLater } = useAuthDirs();

  function setup() {
    const d = dir();
    const clock = frozenClock();
    const pairing = PairingCodes.open(d, { now: clock.now });
    const tokens = TokenStore.open(d, { now: clock.now });
    closeLater(pairing);
    closeLater(tokens);
    return { d, clock, pairing, tokens };
  }

  it('issues readable codes without ambiguous characters', () => {
    const { pairing, clock } = setup();
    for (let i = 0; i < 50; i++) {
      const { code, expiresAt } = pairing.issue();
      expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
      expect(expiresAt).toBe(clock.now() + PAIRING_CODE_TTL_MS);
    }
  });

  it('redeems a code once for a working extension token, however the person types it', () => {
    const { pairing, tokens } = setup();
    const { code } = pairing.issue();
    const typed = ` ${code.toLowerCase().replace('-', ' ')} `;
    const { token, name } = pairing.redeem(typed, 'Chrome');
    expect(name).toBe('Chrome');
    expect(token).toMatch(/^pg_ext_/);
    expect(tokens.verify(token)).toEqual({ kind: 'extension', name: 'Chrome' });
    expect(codeOf(() => pairing.redeem(code, 'Chrome'))).toBe('used');
  });

  it('names a second pairing of the same client apart instead of replacing the first', () => {
    const { pairing, tokens } = setup();
    const first = pairing.redeem(pairing.issue().code, 'Chrome');
    const second = pairing.redeem(pairing.issue().code, 'Chrome');
    expect(second.name).toBe('Chrome (2)');
    expect(tokens.verify(first.token)).not.toBeNull();
  });

  it('expires codes after five minutes', () => {
    const { pairing, clock } = setup();
    const early = pairing.issue().code;
    const late = pairing.issue().code;
    clock.advance(PAIRING_CODE_TTL_MS - 1);
    expect(pairing.redeem(early, 'Chrome').name).toBe('Chrome');
    clock.advance(1);
    expect(codeOf(() => pairing.redeem(late, 'Firefox'))).toBe('expired');
  });

  it('rejects unknown and malformed codes as invalid', () => {
    const { pairing } = setup();
    expect(codeOf(() => pairing.redeem('ABCD-EFGH', 'x'))).toBe('invalid');
    expect(codeOf(() => pairing.redeem('0000-0000', 'x'))).toBe('invalid');
    expect(normalizePairingCode('abcd-efgh')).toBe('ABCDEFGH');
    expect(normalizePairingCode('ABCD-EFG')).toBeNull();
  });

  it('stops looking at codes after 5 failures in a minute, even a valid one, then recovers', () => {
    const { pairing, clock } = setup();
    const { code } = pairing.issue();
    for (let i = 0; i < 5; i++) expect(codeOf(() => pairing.redeem(`WRNG-CD${'23456'[i]}${'Z'}`, 'attacker'))).toBe('invalid');
    expect(codeOf(() => pairing.redeem(code, 'Chrome'))).toBe('rate_limited');
    clock.advance(60_000);
    expect(pairing.redeem(code, 'Chrome').name).toBe('Chrome');
  });

  it('lets one process issue and another redeem, and counts failures across processes', () => {
    const { d, clock, pairing: cli } = setup();
    const gateway = PairingCodes.open(d, { now: clock.now });
    closeLater(gateway);
    expect(gateway.redeem(cli.issue().code, 'Chrome').name).toBe('Chrome');
    for (let i = 0; i < 3; i++) codeOf(() => cli.redeem('ZZZZ-ZZZZ', 'x'));
    for (let i = 0; i < 2; i++) codeOf(() => gateway.redeem('ZZZZ-ZZZZ', 'x'));
    expect(codeOf(() => gateway.redeem(cli.issue().code, 'Chrome'))).toBe('rate_limited');
  });

  it('returns failures without throwing from tryRedeem, and cleans odd client names', () => {
    const { pairing } = setup();
    expect(pairing.tryRedeem('ZZZZ-ZZZZ', 'x')).toEqual({ ok: false, code: 'invalid' });
    expect(pairing.tryRedeem(pairing.issue().code, ' Chrome\n\u0000 beta ')).toMatchObject({ ok: true, name: 'Chrome beta' });
    expect(pairing.tryRedeem(pairing.issue().code, '\n')).toMatchObject({ ok: true, name: 'Browser extension' });
  });

  it('gives errors a stable code and a message for people', () => {
    const error = new PairingError('expired');
    expect(error).toMatchObject({ code: 'expired', name: 'PairingError' });
    expect(error.message).toMatch(/promptgate pair/);
  });
});
