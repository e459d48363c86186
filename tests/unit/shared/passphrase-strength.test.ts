import { describe, expect, it } from 'vitest';
import { assessPassphrase, MIN_PASSPHRASE_SCORE } from '../../../shared/passphrase-strength';
import { OTHER_PASSPHRASE, PASSPHRASE } from '../../support/cheap-kdf';

describe('passphrase strength', () => {
  it('needs a zxcvbn score of at least 3', () => {
    expect(MIN_PASSPHRASE_SCORE).toBe(3);
  });

  it.each(['motdepasse', 'azerty123', 'password1', 'parloir2026', 'soleil', 'aaaaaaaaaaaa'])('refuses %s', (weak) => {
    const result = assessPassphrase(weak, 'fr');
    expect(result.score).toBeLessThan(MIN_PASSPHRASE_SCORE);
    expect(result.acceptable).toBe(false);
  });

  it.each([PASSPHRASE, OTHER_PASSPHRASE, 'cheval agrafe batterie correcte'])('accepts %s', (strong) => {
    const result = assessPassphrase(strong, 'fr');
    expect(result.score).toBeGreaterThanOrEqual(MIN_PASSPHRASE_SCORE);
    expect(result.acceptable).toBe(true);
  });

  it('counts the app name and the user inputs as guessable', () => {
    expect(assessPassphrase('parloir', 'fr').score).toBe(0);
    const name = 'Collectif Rosa Luxemburg';
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
