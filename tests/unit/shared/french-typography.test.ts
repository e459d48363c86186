import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../support/bundle';
import { frenchTypographyFaults, hasPluralHack, resourceStrings } from '../../support/french-typography';

/** The two no-break spaces shown by name in the test titles. */
function visible(text: string): string {
  return text.replaceAll('\u00a0', '<NBSP>').replaceAll('\u202f', '<NNBSP>');
}

describe('French typography rule', () => {
  it.each(
    (
      [
        ['Attention\u00a0: le coffre', true],
        ['Attention : le coffre', false],
        ['Attention: le coffre', false],
        ['Attention\u202f: le coffre', false],
        ['Remplacer le code\u202f?', true],
        ['Remplacer le code ?', false],
        ['Remplacer le code\u00a0?', false],
        ['Remplacer le code?', false],
        ['intactes\u202f; faites', true],
        ['intactes ; faites', false],
        ['Fini\u202f!', true],
        ['Fini !', false],
        ['en «\u202fCSV UTF-8\u202f»', true],
        ['en «\u202f\u202fCSV UTF-8\u202f»', false],
        ['Attention \u00a0: le coffre', false],
        ['Fini\u202f\u202f!', false],
        ['en « CSV UTF-8 »', false],
        ['en «CSV UTF-8»', false],
        // Not punctuation: a time, a ratio, a URL.
        ['à 12:30, 3:2, https://exemple.org', true],
      ] as const
    ).map(([text, right]) => [visible(text), text, right] as const),
  )('%s is right: %s', (_shown, text, right) => {
    expect(frenchTypographyFaults(text).length === 0).toBe(right);
  });

  it('finds "(s)" plurals', () => {
    expect(hasPluralHack('{{count}} destinataire(s)')).toBe(true);
    expect(hasPluralHack('{{count}} destinataires')).toBe(false);
  });
});

describe('resource strings', () => {
  it('every French string has U+202F before ; ! ? and inside « », U+00A0 before :', async () => {
    const strings = await resourceStrings(PROJECT_ROOT, 'fr');
    // The scan reached every domain's strings, the host's and the command line's.
    expect(strings.length).toBeGreaterThan(900);
    for (const file of ['shared/settings/settings.fr.ts', 'shared/i18n/fr.ts', 'shared/i18n/cli.fr.ts']) {
      expect(
        strings.some((s) => s.file === file),
        file,
      ).toBe(true);
    }
    const failing = strings
      .filter((s) => frenchTypographyFaults(s.text).length > 0)
      .map((s) => `${s.file} ${s.key}: ${frenchTypographyFaults(s.text).join('; ')}`);
    expect(failing).toEqual([]);
  });

  it('no French or English string writes a plural as "(s)"', async () => {
    const strings = [...(await resourceStrings(PROJECT_ROOT, 'fr')), ...(await resourceStrings(PROJECT_ROOT, 'en'))];
    const failing = strings.filter((s) => hasPluralHack(s.text)).map((s) => `${s.file} ${s.key}: ${s.text}`);
    expect(failing).toEqual([]);
  });
});
