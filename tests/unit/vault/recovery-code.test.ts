import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatRecoveryCode,
  generateRecoveryCode,
  normalizeRecoveryCode,
  RECOVERY_ALPHABET,
  RECOVERY_LENGTH,
} from '../../../shared/vault/recovery-code';

describe('recovery codes', () => {
  it('uses Crockford base32: 32 symbols, no I, L, O or U', () => {
    expect(RECOVERY_ALPHABET).toHaveLength(32);
    expect(new Set(RECOVERY_ALPHABET).size).toBe(32);
    expect(RECOVERY_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it('carries at least 125 bits: 25 symbols of 5 bits each', () => {
    expect(RECOVERY_LENGTH).toBe(25);
    expect(RECOVERY_LENGTH * Math.log2(RECOVERY_ALPHABET.length)).toBeGreaterThanOrEqual(125);
  });

  it('generates five groups of five symbols of the alphabet, and each round-trips through normalize', () => {
    for (let i = 0; i < 200; i += 1) {
      const code = generateRecoveryCode();
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$/);
      expect(formatRecoveryCode(normalizeRecoveryCode(code) ?? '')).toBe(code);
    }
  });

  it('draws every symbol at every position: no fixed or missing symbol', () => {
    const seen = Array.from({ length: RECOVERY_LENGTH }, () => new Set<string>());
    for (let i = 0; i < 2000; i += 1) {
      const symbols = normalizeRecoveryCode(generateRecoveryCode()) ?? '';
      [...symbols].forEach((c, position) => seen[position]?.add(c));
    }
    // 2000 draws of 32 equally likely symbols: a missing one would have probability 32 * (31/32)^2000, about 1e-26.
    for (const symbols of seen) expect(symbols.size).toBe(32);
  });

  it('never repeats a code', () => {
    const codes = new Set(Array.from({ length: 5000 }, generateRecoveryCode));
    expect(codes.size).toBe(5000);
  });

  it('normalizes what a person writes down: spaces, dashes, lower case, O for 0, I and L for 1', () => {
    const canonical = '0123456789ABCDEFGHJKMNPQR';
    expect(normalizeRecoveryCode(formatRecoveryCode(canonical))).toBe(canonical);
    expect(normalizeRecoveryCode('01234 56789 abcde fghjk mnpqr')).toBe(canonical);
    expect(normalizeRecoveryCode('  o1234-56789-ABCDE-FGHJK-MNPQR\n')).toBe(canonical);
    expect(normalizeRecoveryCode('0I234-56789-ABCDE-FGHJK-MNPQR')).toBe(canonical);
    expect(normalizeRecoveryCode('0l234 56789 ABCDE FGHJK MNPQR')).toBe(canonical);
  });

  it('refuses what cannot be a code: wrong length, U, punctuation', () => {
    expect(normalizeRecoveryCode('')).toBeNull();
    expect(normalizeRecoveryCode('0123456789ABCDEFGHJKMNPQ')).toBeNull();
    expect(normalizeRecoveryCode('0123456789ABCDEFGHJKMNPQRS')).toBeNull();
    expect(normalizeRecoveryCode('0123456789ABCDEFGHJKMNPQU')).toBeNull();
    expect(normalizeRecoveryCode('0123456789ABCDEFGHJKMNPQ!')).toBeNull();
  });

  it('normalize is idempotent and only ever returns 25 alphabet symbols', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (input) => {
        const once = normalizeRecoveryCode(input);
        if (once === null) return;
        expect(once).toHaveLength(RECOVERY_LENGTH);
        for (const c of once) expect(RECOVERY_ALPHABET).toContain(c);
        expect(normalizeRecoveryCode(once)).toBe(once);
      }),
    );
  });
});
