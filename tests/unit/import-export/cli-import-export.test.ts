import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localToday } from '../../../shared/today';
import { useBuiltCli } from '../../support/cli-runner';
import { PASSPHRASE } from '../../support/cheap-kdf';
import { tempDir } from '../../support/temp-dir';
import { lockedVault, session } from '../../support/vault-fixture';
import { fixture } from './import-app';

const run = useBuiltCli();

/** The built command line over `dataDir`, with the passphrase on stdin. */
function parloir(dataDir: string, args: string[], env: Record<string, string> = {}) {
  return run(args, { stdin: `${PASSPHRASE}\n`, env: { PARLOIR_DATA_DIR: dataDir, ...env } });
}

async function prisonerNames(dataDir: string): Promise<string[]> {
  const vault = session(dataDir);
  await vault.unlock('passphrase', PASSPHRASE);
  try {
    const rows = await vault.db
      .selectFrom('prisoners')
      .select(['family_name', 'given_names'])
      .orderBy('family_name')
      .execute();
    return rows.map((row) => `${row.family_name} ${row.given_names ?? ''}`.trim());
  } finally {
    await vault.lock();
  }
}

describe('parloir import and export', () => {
  it('import prints the problems in words and exits 1 with nothing imported', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    const before = await prisonerNames(dir);
    const result = await parloir(dir, ['import', fixture('problems.csv')]);
    expect(result.code).toBe(1);
    // The sentences themselves are the window's (translation importProblem / importField).
    expect(result.stderr).toMatch(/^Ligne 2, Statut\u00a0: .+ \(«\u202fen cavale\u202f»\)$/m);
    expect(result.stderr).toMatch(/^Ligne 3, Nom\u00a0: [^(]+$/m);
    expect(result.stderr).toMatch(/^Ligne 8, Prison\u00a0: /m);
    expect(result.stderr).toContain('Erreur IMPORT_INVALID');
    expect(result.stdout).toBe('');
    expect(await prisonerNames(dir)).toEqual(before);
  });

  it('import counts every problem, listed or not, when a file has more than it lists', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    // 250 rows without a family name: 250 problems, of which the check lists 200 and the command prints 100.
    const file = path.join(tempDir(), 'sans-nom.csv');
    fs.writeFileSync(file, `Nom;Prénom\n${Array.from({ length: 250 }, (_, i) => `;Prénom${i}`).join('\n')}\n`);
    const result = await parloir(dir, ['import', file]);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n').filter((line) => line.startsWith('Ligne '))).toHaveLength(100);
    expect(result.stderr).toContain('… et 150 autres problèmes.');
  });

  it('import then export do the spreadsheet round trip headless, into a fresh vault', async () => {
    const source = tempDir();
    await lockedVault(source);
    const imported = await parloir(source, ['import', fixture('fr-semicolon-bom.csv')]);
    expect(imported.stderr).toContain('Colonnes reconnues : Nom → Nom');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toBe(
      '4 prisonniers importés, 0 déjà présents ignorés ; 2 prisons et 2 campagnes créées.\n',
    );

    const file = path.join(tempDir(), `parloir-prisonniers-${localToday()}.csv`);
    const exported = await parloir(source, ['export', 'prisoners', file], { PARLOIR_LANG: 'en' });
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain(`4 rows written to ${file}. This file is not encrypted`);

    const fresh = tempDir();
    await lockedVault(fresh);
    expect((await parloir(fresh, ['import', file])).code).toBe(0);
    expect(await prisonerNames(fresh)).toEqual(await prisonerNames(source));
    expect(await prisonerNames(fresh)).toEqual(['Kowalski Łukasz', 'Müller Jürgen', 'Yılmaz Gülşen', 'Çağlar Ayşe']);

    // Importing the same file again: refused as duplicates, then accepted with --skip-duplicates.
    const again = await parloir(fresh, ['import', file]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^Ligne 2, Nom\u00a0: .+ \(«\u202fÇağlar\u202f»\)$/m);
    const skipped = await parloir(fresh, ['import', file, '--skip-duplicates']);
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toContain('0 prisonniers importés, 4 déjà présents ignorés');
  });

  it('export never replaces an existing file, and writes the facility list', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    expect((await parloir(dir, ['import', fixture('en-comma.csv')])).code).toBe(0);
    const existing = path.join(tempDir(), 'keep.csv');
    fs.writeFileSync(existing, 'précieux');
    const refused = await parloir(dir, ['export', 'facilities', existing]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('existe déjà');
    expect(fs.readFileSync(existing, 'utf8')).toBe('précieux');

    const target = path.join(path.dirname(existing), 'facilities.csv');
    expect((await parloir(dir, ['export', 'facilities', target])).code).toBe(0);
    const lines = fs.readFileSync(target, 'utf8').slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe('HMP Belmarsh;Autre;;;;;London;;GB');
  });

  it('refuses a Latin-1 file with the encoding advice, and usage errors exit 2', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    const latin = await parloir(dir, ['import', fixture('latin1.csv')]);
    expect(latin.code).toBe(1);
    expect(latin.stderr).toContain('Erreur IMPORT_ENCODING');
    expect(latin.stderr).toContain('CSV UTF-8');
    for (const args of [
      ['import'],
      ['export', 'members', 'x.csv'],
      ['export', 'prisoners'],
      ['export', 'prisoners', 'x.csv', '--skip-duplicates'],
    ]) {
      expect((await parloir(dir, args)).code, args.join(' ')).toBe(2);
    }
    expect(await prisonerNames(dir)).toEqual([]);
  });
});
