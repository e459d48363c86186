import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuiltCli } from '../../support/cli-runner';
import { PASSPHRASE } from '../../support/cheap-kdf';
import { tempDir } from '../../support/temp-dir';
import { readText } from '../printing/pdf-readback';
import { treasurerLedger } from '../money/treasurer-ledger';

const run = useBuiltCli();

const parloir = (dataDir: string, args: string[], lang = 'fr') =>
  run(args, { stdin: `${PASSPHRASE}\n`, env: { PARLOIR_DATA_DIR: dataDir, PARLOIR_LANG: lang } });

describe('parloir report money', () => {
  it("writes the year's general assembly report as a new PDF, in the chosen language", async () => {
    const l = await treasurerLedger();
    await l.r.call('settings:set', { groupName: 'Collectif Parloir Sud' });
    await l.r.lock();
    const out = path.join(tempDir(), 'rapport.pdf');
    const result = await parloir(l.r.dataDir, ['report', 'money', '--year', '2026', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Rapport financier 2026 écrit dans .*rapport\.pdf \(2\u00a0pages\)\. Ce fichier n’est pas chiffré/mu,
    );
    const text = readText(out).replace(/[\u00a0\u202f]/gu, ' ');
    expect(text).toContain('Collectif Parloir Sud — rapport financier 2026');
    expect(text).toContain('Total des recettes');
    expect(text).toContain('MARTIN Alice');

    const english = path.join(tempDir(), 'report.pdf');
    const again = await parloir(l.r.dataDir, ['report', 'money', '--year', '2026', '--out', english], 'en');
    expect(again.stdout).toContain('Financial report 2026 written to');
    expect(readText(english)).toContain('Collectif Parloir Sud — financial report 2026');

    // An existing file is never replaced.
    const refused = await parloir(l.r.dataDir, ['report', 'money', '--year', '2026', '--out', out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('WRITE_FAILED');
  });

  it('is a usage error without a year or a file, with another kind, or with --year elsewhere', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'r.pdf');
    for (const args of [
      ['report', 'money', '--out', out],
      ['report', 'money', '--year', '2026'],
      ['report', 'money', '--year', '26', '--out', out],
      ['report', 'letters', '--year', '2026', '--out', out],
      ['labels', '--year', '2026', '--out', out],
    ]) {
      const result = await parloir(dir, args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('USAGE');
    }
    expect(fs.existsSync(out)).toBe(false);
    expect((await parloir(dir, ['--help'])).stdout).toContain('parloir report money --year <AAAA> --out <fichier.pdf>');
    expect((await parloir(dir, ['--help'], 'en')).stdout).toContain(
      'parloir report money --year <YYYY> --out <file.pdf>',
    );
  });
});
