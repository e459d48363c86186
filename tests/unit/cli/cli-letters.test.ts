import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuiltCli } from '../../support/cli-runner';
import { PASSPHRASE } from '../../support/cheap-kdf';
import { tempDir } from '../../support/temp-dir';
import { TestApp } from '../../support/test-app';
import { lettersSetup } from '../letters/letters-data';

const run = useBuiltCli();

/** The built command line over `dataDir`, with the passphrase on stdin (and then `input`, for `call`). */
function parloir(dataDir: string, args: string[], input = '') {
  return run(args, { stdin: `${PASSPHRASE}\n${input}`, env: { PARLOIR_DATA_DIR: dataDir } });
}

/** A locked vault holding Martin Alice (4711) and Durand Bob (12), and the member Camille. */
async function vaultWithPrisoners(): Promise<{ dir: string; letters: () => Promise<number> }> {
  const r = await TestApp.create();
  await lettersSetup(r);
  await r.call('members:create', { pseudonym: 'Camille' });
  await r.lock();
  return {
    dir: r.dataDir,
    letters: async () => {
      await r.call('vault:unlock', { method: 'passphrase', secret: PASSPHRASE });
      const { total } = await r.call('letters:list', {});
      await r.lock();
      return total;
    },
  };
}

function logFile(lines: string[]): string {
  const file = path.join(tempDir(), 'registre.csv');
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('parloir letters', () => {
  it('import prints each problem in words, exits 1 and writes nothing', async () => {
    const { dir, letters } = await vaultWithPrisoners();
    const file = logFile(['Prisonnier;Sens;Date', 'Martin Alice;envoyée;2025-03-01', 'Zola Émile;envoyée;2025-02-30']);
    const result = await parloir(dir, ['letters', 'import', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Colonnes reconnues\u00a0: Prisonnier → Nom complet, Sens → Sens, Date → Date.');
    expect(result.stderr).toMatch(
      /^Ligne 3, Nom complet\u00a0: personne de ce nom dans le coffre \(«\u202fZola Émile\u202f»\)$/mu,
    );
    expect(result.stderr).toMatch(/^Ligne 3, Date\u00a0: cette date n’existe pas .*\(«\u202f2025-02-30\u202f»\)$/mu);
    expect(result.stderr).toContain('Erreur IMPORT_INVALID');
    expect(result.stdout).toBe('');
    expect(await letters()).toBe(0);
  });

  it('import writes every letter, with its progress on stderr', async () => {
    const { dir, letters } = await vaultWithPrisoners();
    const file = logFile([
      'Nom;Prénom;Numéro d’écrou;Sens;Date;Écrite par',
      'Martin;Alice;4711;envoyée;05/03/2025;Camille',
      'Durand;Bob;12;reçue;2025-03-09;',
    ]);
    const result = await parloir(dir, ['letters', 'import', file]);
    expect(result.stderr).not.toContain('Erreur');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('2 lettres importées.\n');
    expect(result.stderr).toContain('Import\u00a0: 2\u00a0/ 2 lettres');
    expect(await letters()).toBe(2);

    // Export: to stdout (the warning on stderr), a period, or a new file that is never an existing one.
    const all = await parloir(dir, ['letters', 'export']);
    expect(all.code).toBe(0);
    const lines = all.stdout
      .replace(/^\uFEFF/u, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Nom;Prénom;Numéro d’écrou;Sens;État;Moyen;Écrite le;Envoyée le;Reçue le;Écrite par;Pages;Résumé;Motif;Précision du motif',
    );
    expect(lines.slice(1).map((line) => line.split(';').slice(0, 4).join(';'))).toEqual([
      'Martin;Alice;4711;Envoyée',
      'Durand;Bob;12;Reçue',
    ]);
    expect(all.stderr).toContain('2 lettres écrites sur la sortie standard. Ce CSV n’est pas chiffré');
    const period = await parloir(dir, ['letters', 'export', '--from', '2025-03-06', '--to', '2025-03-31']);
    expect(period.stdout.trim().split('\r\n')).toHaveLength(2);
    const out = path.join(tempDir(), 'lettres.csv');
    const written = await parloir(dir, ['letters', 'export', '--out', out]);
    expect(written.code).toBe(0);
    expect(written.stderr).toContain('n’est pas chiffré');
    expect(fs.readFileSync(out, 'utf8')).toBe(all.stdout);
    const again = await parloir(dir, ['letters', 'export', '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('existe déjà');
    const badPeriod = await parloir(dir, ['letters', 'export', '--from', '2025-03-31', '--to', '2025-03-01']);
    expect(badPeriod.code).toBe(1);
    expect(badPeriod.stderr).toContain('VALIDATION');
  });

  it('import again: letters already in the vault are refused in words until --duplicates says what to do', async () => {
    const { dir, letters } = await vaultWithPrisoners();
    // Three rows, one of them twice, then 100 more: more than the command prints.
    const more = Array.from({ length: 100 }, (_, i) => {
      const day = new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
      return `Durand;Bob;envoyée;${day};`;
    });
    const file = logFile([
      'Nom;Prénom;Sens;Date;Résumé',
      'Martin;Alice;envoyée;05/03/2025;Nouvelles',
      'Durand;Bob;reçue;2025-03-09;',
      'Durand;Bob;reçue;2025-03-09;',
      ...more,
    ]);
    const first = await parloir(dir, ['letters', 'import', file]);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('1 ligne répète une autre ligne de ce fichier\u00a0: elle est importée aussi');
    expect(await letters()).toBe(103);

    const refused = await parloir(dir, ['letters', 'import', file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('103 lignes sont des lettres déjà dans le coffre\u00a0:');
    expect(refused.stderr).toMatch(/^Ligne 2\u00a0: Martin Alice, 2025-03-05$/mu);
    expect(refused.stderr).toMatch(/^Ligne 4\u00a0: Durand Bob, 2025-03-09$/mu);
    expect(refused.stderr).toMatch(/^… et 3 autres\.$/mu);
    expect(refused.stderr).toContain('Erreur DUPLICATES_CHOICE_NEEDED');
    expect(refused.stderr).toContain('--duplicates skip');
    expect(refused.stderr).toContain('--duplicates import');
    expect(await letters()).toBe(103);

    const skipped = await parloir(dir, ['letters', 'import', file, '--duplicates', 'skip']);
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toBe('0 lettre importée.\n103 lettres déjà dans le coffre laissées de côté.\n');
    expect(skipped.stderr).not.toContain('Ligne 2');
    expect(await letters()).toBe(103);
    const anyway = await parloir(dir, ['letters', 'import', file, '--duplicates', 'import']);
    expect(anyway.code).toBe(0);
    expect(anyway.stdout).toBe('103 lettres importées.\n');
    expect(await letters()).toBe(206);

    expect((await parloir(dir, ['letters', 'import', file, '--duplicates', 'update'])).code).toBe(2);
    expect((await parloir(dir, ['letters', 'export', '--duplicates', 'skip'])).code).toBe(2);
    expect((await parloir(dir, ['import', file, '--duplicates', 'skip'])).code).toBe(2);
    expect(await letters()).toBe(206);
  });

  it('every new action is a channel `parloir call` reaches; a command mistyped is a usage error', async () => {
    const { dir } = await vaultWithPrisoners();
    const exported = await parloir(dir, ['call', 'lettersExport:run'], '{"destination":"text"}');
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject({ ok: true, value: { status: 'text', rows: 0 } });
    const report = await parloir(dir, ['call', 'print:report'], '{"list":"notWrittenTo","format":"pdf","days":10}');
    expect(JSON.parse(report.stdout)).toMatchObject({ ok: true, value: { status: 'rendered', rows: 2 } });
    const progress = await parloir(dir, ['call', 'lettersImport:progress'], '{"token":"nothing"}');
    expect(JSON.parse(progress.stdout)).toEqual({ ok: true, value: { state: 'idle', done: 0, total: 0 } });

    const empty = await parloir(dir, ['letters', 'import', logFile(['Nom;Prénom;Sens;Date'])]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('Erreur NOTHING_TO_IMPORT');
    expect((await parloir(dir, ['letters', 'import'])).code).toBe(2);
    expect((await parloir(dir, ['letters', 'export', 'extra'])).code).toBe(2);
    expect((await parloir(dir, ['letters', 'import', 'x.csv', '--from', '2025-01-01'])).code).toBe(2);
    expect((await parloir(dir, ['labels', '--from', '2025-01-01'])).code).toBe(2);
  });
});
