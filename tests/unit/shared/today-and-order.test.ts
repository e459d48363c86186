import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { countriesOf, countryOptions } from '../../../renderer/countries';
import { nameCollator } from '../../../shared/name-order';
import { localToday } from '../../../shared/today';
import { PROJECT_ROOT } from '../../support/bundle';

const SOURCE_DIRS = ['shared', 'db', 'electron', 'renderer', 'cli'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(PROJECT_ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(relative);
    return /\.(ts|tsx|mts|mjs)$/.test(entry.name) ? [relative] : [];
  });
}

/** Source files (outside `except`) in which `pattern` appears. */
function filesUsing(pattern: RegExp, except: string): string[] {
  return SOURCE_DIRS.flatMap(sourceFiles).filter(
    (file) => file !== except && pattern.test(fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8')),
  );
}

describe('one "today"', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('is the calendar date where the user is, not in UTC, around midnight in summer and in winter', () => {
    process.env.TZ = 'Europe/Paris';
    // 00:30 in Paris (UTC+2): already the 2nd there, still the 1st in UTC.
    expect(localToday(new Date('2024-06-01T22:30:00Z'))).toBe('2024-06-02');
    // 00:30 in Paris (UTC+1).
    expect(localToday(new Date('2024-01-01T23:30:00Z'))).toBe('2024-01-02');
    expect(localToday(new Date('2024-06-02T21:59:00Z'))).toBe('2024-06-02');
    process.env.TZ = 'America/Montreal';
    // 22:00 the evening before in Montréal (UTC-4).
    expect(localToday(new Date('2024-06-02T02:00:00Z'))).toBe('2024-06-01');
  });

  it('is computed in one place: no other file works out a date from a clock', () => {
    expect(
      filesUsing(
        /getTimezoneOffset|toISOString\(\)\.(slice|substring)\(0, ?10\)|\.getDate\(\)/,
        path.join('shared', 'today.ts'),
      ),
    ).toEqual([]);
  });
});

describe('one collator for names', () => {
  it('sorts accents and case as one letter and numbers in numeric order', () => {
    const names = ['Fabre', 'écrivain', 'Dupont', 'Bâtiment 10', 'batiment 9', 'Écrivain'];
    expect([...names].sort(nameCollator('fr').compare)).toEqual([
      'batiment 9',
      'Bâtiment 10',
      'Dupont',
      'écrivain',
      'Écrivain',
      'Fabre',
    ]);
    expect(nameCollator('fr').compare('Écrivain', 'ecrivain')).toBe(0);
  });

  it('sorts the window’s country lists in the user’s language, each country once', () => {
    expect(countriesOf(['FR', 'DE', 'AT', 'DE'], 'fr').map((c) => c.name)).toEqual(['Allemagne', 'Autriche', 'France']);
    expect(countriesOf(['FR', 'DE', 'AT'], 'en').map((c) => c.name)).toEqual(['Austria', 'France', 'Germany']);
    const options = countryOptions('fr').map((c) => c.label);
    expect(options.indexOf('Égypte')).toBeLessThan(options.indexOf('Espagne'));
  });

  it('is made in one place: no other file builds a collator or compares with a locale of its own', () => {
    expect(filesUsing(/new Intl\.Collator\(|localeCompare\([^)]*,/, path.join('shared', 'name-order.ts'))).toEqual([]);
  });
});
