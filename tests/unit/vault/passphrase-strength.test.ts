import { describe, expect, it } from 'vitest';
import {
  assessPassphrase,
  countPassphraseCharacters,
  countPassphraseWords,
  MIN_PASSPHRASE_CHARACTERS,
  MIN_PASSPHRASE_SCORE,
  MIN_PASSPHRASE_WORDS,
} from '../../../shared/vault/passphrase-strength';
import { OTHER_PASSPHRASE, PASSPHRASE } from '../../support/cheap-kdf';

describe('passphrase strength', () => {
  it('needs a zxcvbn score of 4 and at least 4 words or 16 characters', () => {
    expect(MIN_PASSPHRASE_SCORE).toBe(4);
    expect(MIN_PASSPHRASE_WORDS).toBe(4);
    expect(MIN_PASSPHRASE_CHARACTERS).toBe(16);
  });

  it.each(['motdepasse', 'azerty123', 'password1', 'parloir2026', 'soleil', 'aaaaaaaaaaaa'])('refuses %s', (weak) => {
    const result = assessPassphrase(weak, 'fr');
    expect(result.score).toBeLessThan(MIN_PASSPHRASE_SCORE);
    expect(result.acceptable).toBe(false);
  });

  it.each([PASSPHRASE, OTHER_PASSPHRASE, 'cheval agrafe batterie correcte', 'une phrase qui ne va pas'])(
    'accepts %s',
    (strong) => {
      const result = assessPassphrase(strong, 'fr');
      expect(result.score).toBe(4);
      expect(result.acceptable).toBe(true);
    },
  );

  it('refuses a score-3 passphrase that the old threshold accepted, however long', () => {
    const result = assessPassphrase('Chevalnoir2024!!', 'fr');
    expect(result).toMatchObject({ score: 3, characters: 16, tooShort: false, acceptable: false });
  });

  it('refuses a score-4 passphrase shorter than 4 words and 16 characters, and says so', () => {
    const short = assessPassphrase('Tq7#Lm9$Wz2&', 'fr');
    expect(short.score).toBe(4);
    expect(short).toMatchObject({ words: 3, characters: 12, tooShort: true, acceptable: false });
    // Random characters, long enough: accepted on characters alone, with fewer than 4 words.
    const long = assessPassphrase('Tq7#9$Wz2&85!3%4', 'fr');
    expect(long).toMatchObject({ score: 4, words: 2, characters: 16, tooShort: false, acceptable: true });
  });

  it('counts runs of letters as words, and characters as a person does', () => {
    expect(countPassphraseWords('l’été à Fresnes')).toBe(4);
    expect(countPassphraseWords('sans-papiers 1312 !')).toBe(2);
    expect(countPassphraseWords('Ελευθερία για όλους')).toBe(3);
    expect(countPassphraseWords('')).toBe(0);
    // "é" typed as e + combining accent is one character and stays inside its word.
    expect(countPassphraseCharacters('e\u0301te\u0301')).toBe(3);
    expect(countPassphraseWords('e\u0301te\u0301 hiver')).toBe(2);
  });

  it.each([
    ['solidarité', 'fr'],
    ['solidarite', 'fr'],
    ['Liberté', 'fr'],
    ['résistance', 'fr'],
    ['prisonniers', 'fr'],
    ['révolution', 'fr'],
    ['acab', 'en'],
    ['4c4b', 'en'],
    ['antifa', 'en'],
    ['solidarity', 'en'],
    ['abolition', 'en'],
  ] as const)('knows %s as an activist word an adversary tries first', (word, language) => {
    const result = assessPassphrase(word, language);
    expect(result.score).toBe(0);
    expect(result.activistWords).toEqual([word]);
    expect(result.warning).toBeTruthy();
  });

  it('refuses slogans and activist words run together or separated, which zxcvbn alone rated 4', () => {
    for (const slogan of [
      'acab 1312 antifa',
      'acab-1312-antifa',
      'no justice no peace',
      'tout le monde déteste la police',
    ]) {
      const result = assessPassphrase(slogan, 'fr');
      expect(result.acceptable, slogan).toBe(false);
      expect(result.activistWords.length, slogan).toBeGreaterThan(0);
    }
    expect(assessPassphrase('liberte egalite fraternite', 'fr').acceptable).toBe(false);
    // Named in the order they are typed, each once.
    expect(assessPassphrase('acab 1312 antifa', 'fr').activistWords).toEqual(['acab', '1312', 'antifa']);
  });

  it('knows French words typed without their accents', () => {
    // "hôpital" is in zxcvbn's French list only with its accent.
    const accented = assessPassphrase('hôpital', 'fr');
    const plain = assessPassphrase('hopital', 'fr');
    expect(plain.score).toBe(accented.score);
    expect(plain.score).toBeLessThanOrEqual(1);
  });

  it('counts the app name and the user inputs as guessable', () => {
    expect(assessPassphrase('parloir', 'fr').score).toBe(0);
    const name = 'Collectif des Lilas de Montreuil';
    expect(assessPassphrase(name, 'fr').acceptable).toBe(true);
    expect(assessPassphrase(name, 'fr', [name]).acceptable).toBe(false);
  });

  it('explains a weak passphrase in French and in English', () => {
    const fr = assessPassphrase('azerty', 'fr');
    const en = assessPassphrase('azerty', 'en');
    expect(fr.warning).toBeTruthy();
    expect(en.warning).toBeTruthy();
    expect(fr.warning).not.toBe(en.warning);
    expect(fr.suggestions.length).toBeGreaterThan(0);
    expect(en.suggestions.length).toBe(fr.suggestions.length);
    expect(en.suggestions.join(' ')).not.toBe(fr.suggestions.join(' '));
    // A few words every English sentence has and a French one does not, and the other way round.
    expect(`${en.warning} ${en.suggestions.join(' ')}`).toMatch(/\b(the|are|is|to|words?|use)\b/i);
    expect(`${fr.warning} ${fr.suggestions.join(' ')}`).toMatch(/\b(les?|des?|est|sont|mots?|un|une)\b/i);
  });
});
