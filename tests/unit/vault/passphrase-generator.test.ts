import { describe, expect, it } from 'vitest';
import {
  GENERATED_WORDS,
  generatePassphrase,
  uniformIndex,
  type RandomSource,
} from '../../../shared/vault/passphrase/generate-passphrase';
import { wordlists } from '../../../shared/vault/passphrase/wordlists';
import { assessPassphrase, proposePassphrase } from '../../../shared/vault/passphrase-strength';

/** Hands out the given 32-bit values in order, and counts how many were asked for. */
function scripted(values: number[]): RandomSource & { used: () => number } {
  let next = 0;
  const source = (out: Uint32Array) => {
    for (let i = 0; i < out.length; i += 1) {
      if (next >= values.length) throw new Error('scripted random source exhausted');
      out[i] = values[next] ?? 0;
      next += 1;
    }
  };
  return Object.assign(source, { used: () => next });
}

const LIMIT = 2 ** 32 - (2 ** 32 % 7776); // 4294965760: the first value that would make `% 7776` biased

describe('passphrase generator', () => {
  it('draws an index without modulo bias: values past the last whole multiple of n are drawn again', () => {
    // 2^32 - 1 would give 2559 with a plain modulo, one of the 2560 indexes that would come up once more often.
    const source = scripted([2 ** 32 - 1, LIMIT, LIMIT - 1]);
    expect(uniformIndex(7776, source)).toBe((LIMIT - 1) % 7776);
    expect(source.used()).toBe(3);
    expect(uniformIndex(7776, scripted([0]))).toBe(0);
    expect(uniformIndex(7776, scripted([7777]))).toBe(1);
  });

  it('refuses a range it cannot draw from', () => {
    expect(() => uniformIndex(0)).toThrow(RangeError);
    expect(() => uniformIndex(1.5)).toThrow(RangeError);
  });

  it.each(['fr', 'en'] as const)('proposes six %s words from that language’s list, from the CSPRNG', (language) => {
    const list = new Set(wordlists[language]);
    const drawn = new Set<string>();
    for (let i = 0; i < 20; i += 1) {
      const passphrase = generatePassphrase(language);
      const words = passphrase.split(' ');
      expect(words).toHaveLength(GENERATED_WORDS);
      for (const word of words) expect(list.has(word), word).toBe(true);
      drawn.add(passphrase);
    }
    // 20 draws of 77 bits each: a repeat would mean the source is not random at all.
    expect(drawn.size).toBe(20);
  });

  it('maps the draws to the words at those positions, written as the list writes them', () => {
    const fr = generatePassphrase('fr', scripted([0, 1, 7775, 3000, 3000 + 7776, 7776 * 2]));
    expect(fr).toBe(`abaisse abandon zozoter ${wordlists.fr[3000]} ${wordlists.fr[3000]} abaisse`);
    // "Internet" and "internet" are two words of the French list: lowering the first would draw the second twice as often.
    const draws = [wordlists.fr.indexOf('Internet'), wordlists.fr.indexOf('internet'), 0, 0, 0, 0];
    expect(generatePassphrase('fr', scripted(draws))).toMatch(/^Internet internet /);
  });

  it.each(['fr', 'en'] as const)('every proposed %s passphrase passes the passphrase policy', (language) => {
    for (let i = 0; i < 10; i += 1)
      expect(assessPassphrase(proposePassphrase(language), language).acceptable).toBe(true);
  });

  it('draws again when a draw fails the policy, such as the same word six times', () => {
    const repeated = Array<number>(6).fill(42);
    const fresh = [100, 2000, 3500, 5000, 6500, 7700];
    const proposed = proposePassphrase('en', scripted([...repeated, ...fresh]));
    expect(assessPassphrase(Array(6).fill(wordlists.en[42]).join(' '), 'en').acceptable).toBe(false);
    expect(proposed).toBe(fresh.map((index) => wordlists.en[index]).join(' '));
  });
});
