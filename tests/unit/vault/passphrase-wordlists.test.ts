import crypto from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wordlists } from '../../../shared/vault/passphrase/wordlists';

/** The dice throw of the i-th word of a 7776-word list: 11111, 11112, ... 66666. */
function diceCode(index: number): string {
  return index
    .toString(6)
    .padStart(5, '0')
    .replace(/[0-5]/g, (digit) => String(Number(digit) + 1));
}

/** The list rebuilt in its published file format, to compare with the published file's SHA-256. */
function publishedFile(words: readonly string[], separator: string): string {
  return words.map((word, index) => `${diceCode(index)}${separator}${word}\n`).join('');
}

const sha256 = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

describe('diceware word lists', () => {
  it('the English list is the EFF large wordlist, byte for byte', () => {
    expect(diceCode(0)).toBe('11111');
    expect(diceCode(7775)).toBe('66666');
    expect(sha256(publishedFile(wordlists.en, '\t'))).toBe(
      'addd35536511597a02fa0a9ff1e5284677b8883b83e986e43f15a3db996b903e',
    );
  });

  it('the French list is Tango’s list for Tails, byte for byte', () => {
    expect(sha256(publishedFile(wordlists.fr, ' '))).toBe(
      '48014d49bbe0691fc82f0b6121f5e50db74b49501403571f80bd7b6e9fbbe022',
    );
  });

  it.each(['fr', 'en'] as const)('the %s list has 7776 distinct words', (language) => {
    const words = wordlists[language];
    expect(words).toHaveLength(7776);
    expect(new Set(words).size).toBe(7776);
  });

  it('ships each licence beside its list', () => {
    const dir = new URL('../../../shared/vault/passphrase/wordlists/', import.meta.url);
    expect(fs.readFileSync(new URL('CC0-1.0.txt', dir), 'utf8')).toContain('CC0 1.0 Universal');
    expect(fs.readFileSync(new URL('CC-BY-3.0-US.txt', dir), 'utf8')).toContain(
      'Creative Commons Attribution 3.0 United States',
    );
    const readme = fs.readFileSync(new URL('README.md', dir), 'utf8');
    expect(readme).toContain('Electronic Frontier Foundation');
    expect(readme).toContain('Tango');
  });
});
