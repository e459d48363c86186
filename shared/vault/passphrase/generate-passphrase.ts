import type { Language } from '../../settings/settings.schemas';
import { wordlists } from './wordlists';

/** Six words of 7776: about 77.5 bits, beyond any offline guessing even at a cheap Argon2id cost. */
export const GENERATED_WORDS = 6;

/** Fills an array with random 32-bit values; in use always the platform's CSPRNG, replaceable only to test the draw. */
export type RandomSource = (values: Uint32Array<ArrayBuffer>) => void;

/** crypto.getRandomValues: the Web Crypto CSPRNG, the same object in the renderer and in Node (node:crypto's). */
export const cryptoRandom: RandomSource = (values) => {
  globalThis.crypto.getRandomValues(values);
};

/**
 * A uniform integer in [0, n): 32-bit draws at or above the largest multiple of n are thrown away and drawn again, so
 * that `% n` favours no value (plain `% 7776` would favour the first 2^32 mod 7776 = 2560 words, very slightly).
 */
export function uniformIndex(n: number, random: RandomSource = cryptoRandom): number {
  if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) throw new RangeError(`Cannot draw uniformly among ${n} values`);
  const limit = 2 ** 32 - (2 ** 32 % n);
  const draw = new Uint32Array(1);
  for (;;) {
    random(draw);
    const value = draw[0] ?? 0;
    if (value < limit) return value % n;
  }
}

/**
 * Six words drawn independently and uniformly from the diceware list of `language`, separated by spaces, written as
 * the list writes them (all lower case but the French "Internet": lowering it would make "internet", also in the
 * list, twice as likely).
 */
export function generatePassphrase(language: Language, random: RandomSource = cryptoRandom): string {
  const list = wordlists[language];
  const words: string[] = [];
  for (let i = 0; i < GENERATED_WORDS; i += 1) words.push(list[uniformIndex(list.length, random)] ?? '');
  return words.join(' ');
}
