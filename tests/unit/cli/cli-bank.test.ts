import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuiltCli } from '../../support/cli-runner';
import { PASSPHRASE } from '../../support/cheap-kdf';
import { tempDir } from '../../support/temp-dir';
import { bankVault, march053 } from '../money/bank-data';

const run = useBuiltCli();

function parloir(dataDir: string, args: string[]) {
  return run(args, { stdin: `${PASSPHRASE}\n`, env: { PARLOIR_DATA_DIR: dataDir, PARLOIR_LANG: 'en' } });
}

/** A locked vault with the CHF account "PostFinance QR" (opening 1,000.00 CHF), and March's statement in a file. */
async function setup(openingMinor = 100_000) {
  const v = await bankVault('keep', openingMinor);
  await v.r.lock();
  const file = path.join(tempDir(), 'mars.xml');
  fs.writeFileSync(file, march053());
  const lines = async () => {
    await v.r.call('vault:unlock', { method: 'passphrase', secret: PASSPHRASE });
    const { counts } = await v.r.call('bankLines:list', { accountId: v.postfinance });
    await v.r.lock();
    return counts.open + counts.reconciled + counts.ignored;
  };
  return { v, file, lines };
}

describe('parloir bank import', () => {
  it('--dry-run --json prints the issue’s object and writes nothing; then the import writes it, once', async () => {
    const { v, file, lines } = await setup();
    const dry = await parloir(v.r.dataDir, [
      'bank',
      'import',
      file,
      '--account',
      'postfinance qr',
      '--dry-run',
      '--json',
    ]);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toEqual({
      format: 'camt.053.001.04',
      entries: 5,
      new: 5,
      duplicates: 0,
      credits: { CHF: 21_750 },
      debits: { CHF: 3_150 },
      opening: { CHF: 100_000 },
      closing: { CHF: 118_600 },
      problems: [
        {
          code: 'pending_entries',
          at: null,
          blocking: false,
          message: '1 entry is not booked by the bank yet. It is not imported.',
        },
      ],
    });
    expect(await lines()).toBe(0);

    const real = await parloir(v.r.dataDir, ['bank', 'import', file, '--account', String(v.postfinance)]);
    expect(real.code).toBe(0);
    expect(real.stdout).toBe('Bank lines imported: 5. Already in the account, left out: 0.\n');
    expect(await lines()).toBe(7);

    const again = await parloir(v.r.dataDir, ['bank', 'import', file, '--account', String(v.postfinance), '--json']);
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout)).toMatchObject({ new: 0, duplicates: 5 });
    expect(again.stderr).toContain('Error BANK_IMPORT_REFUSED');
    expect(await lines()).toBe(7);
  });

  it('says a gap in words and imports only with --accept-gap', async () => {
    const { v, file, lines } = await setup(90_000);
    const refused = await parloir(v.r.dataDir, ['bank', 'import', file, '--account', String(v.postfinance)]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      // Intl writes a no-break space after the currency code.
      'CHF\u00a0100.00 is missing between 1 January 2026 and 28 February 2026: the account stood at CHF\u00a0900.00, the statement opens at CHF\u00a01,000.00.',
    );
    expect(await lines()).toBe(0);
    const accepted = await parloir(v.r.dataDir, [
      'bank',
      'import',
      file,
      '--account',
      String(v.postfinance),
      '--accept-gap',
    ]);
    expect(accepted.code).toBe(0);
    expect(await lines()).toBe(7);
  });

  it('refuses an account it cannot name, and a flag of another command', async () => {
    const { v, file } = await setup();
    const unknown = await parloir(v.r.dataDir, ['bank', 'import', file, '--account', 'Nowhere']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('ACCOUNT_UNKNOWN');
    const misplaced = await parloir(v.r.dataDir, ['letters', 'import', file, '--dry-run']);
    expect(misplaced.code).toBe(2);
  });
});
