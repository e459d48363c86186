import { describe, expect, it } from 'vitest';
import { readAmountArgument } from '../../../cli/amount-argument';
import { useBuiltCli } from '../../support/cli-runner';
import { PASSPHRASE } from '../../support/cheap-kdf';
import { TestApp } from '../../support/test-app';

const run = useBuiltCli();

function parloir(dataDir: string, args: string[], lang = 'fr') {
  return run(args, { stdin: `${PASSPHRASE}\n`, env: { PARLOIR_DATA_DIR: dataDir, PARLOIR_LANG: lang } });
}

async function lockedVault() {
  const r = await TestApp.create();
  await r.lock();
  const accounts = async () => {
    await r.call('vault:unlock', { method: 'passphrase', secret: PASSPHRASE });
    const { accounts: list } = await r.call('accounts:list', {});
    await r.lock();
    return list;
  };
  return { dir: r.dataDir, accounts };
}

describe('amounts typed on the command line', () => {
  it('reads a comma or a point as the decimal mark, in the currency’s minor units', () => {
    expect(readAmountArgument('1234,56', 'EUR')).toBe(123_456);
    expect(readAmountArgument('1234.56', 'EUR')).toBe(123_456);
    expect(readAmountArgument('1 234,5', 'EUR')).toBe(123_450);
    expect(readAmountArgument("1'234.56", 'CHF')).toBe(123_456);
    expect(readAmountArgument('1.234,56', 'EUR')).toBe(123_456);
    expect(readAmountArgument('1,234.56', 'EUR')).toBe(123_456);
    expect(readAmountArgument('-50', 'EUR')).toBe(-5_000);
    expect(readAmountArgument('1500', 'JPY')).toBe(1_500);
  });

  it('refuses what it would have to guess or round', () => {
    for (const text of ['1.234', '12,345', '1,5', '12.345.678', 'abc', '', '1,2,3', '--5'])
      expect(readAmountArgument(text, text === '1,5' ? 'JPY' : 'EUR'), text).toBeUndefined();
    expect(readAmountArgument('10.005', 'EUR')).toBeUndefined();
  });
});

describe('parloir accounts add', () => {
  it('creates a bank account with its opening balance and prints only its id', async () => {
    const { dir, accounts } = await lockedVault();
    const result = await parloir(dir, [
      'accounts',
      'add',
      '--name',
      'Compte courant',
      '--currency',
      'EUR',
      '--iban',
      'FR76 3000 6000 0112 3456 7890 189',
      '--opening',
      '1234,56',
      '--at',
      '2026-01-01',
    ]);
    expect(result.stderr).not.toContain('Erreur');
    expect(result.code).toBe(0);
    const [account] = await accounts();
    expect(result.stdout).toBe(`${account?.id}\n`);
    expect(account).toMatchObject({
      kind: 'bank',
      name: 'Compte courant',
      currency: 'EUR',
      iban: 'FR7630006000011234567890189',
      openingMinor: 123_456,
      openingOn: '2026-01-01',
      balanceMinor: 123_456,
    });
  });

  it('makes an account without IBAN of the kind asked, else "other"', async () => {
    const { dir, accounts } = await lockedVault();
    expect(
      (await parloir(dir, ['accounts', 'add', '--name', 'Caisse', '--currency', 'eur', '--kind', 'cash'])).code,
    ).toBe(0);
    expect((await parloir(dir, ['accounts', 'add', '--name', 'Twint', '--currency', 'CHF'])).code).toBe(0);
    expect((await accounts()).map((a) => [a.name, a.kind, a.currency, a.openingMinor])).toEqual([
      ['Caisse', 'cash', 'EUR', 0],
      ['Twint', 'other', 'CHF', 0],
    ]);
  });

  it('says in the user’s language what is wrong, and writes nothing', async () => {
    const { dir, accounts } = await lockedVault();
    const amount = await parloir(dir, [
      'accounts',
      'add',
      '--name',
      'X',
      '--currency',
      'EUR',
      '--opening',
      '1.234',
      '--at',
      '2026-01-01',
    ]);
    expect(amount.code).toBe(1);
    expect(amount.stderr).toMatch(/Erreur AMOUNT_INVALID\s: Ce montant ne se lit pas/u);
    const english = await parloir(
      dir,
      [
        'accounts',
        'add',
        '--name',
        'X',
        '--currency',
        'EUR',
        '--iban',
        'FR00 1234',
        '--opening',
        '5',
        '--at',
        '2026-01-01',
      ],
      'en',
    );
    expect(english.code).toBe(1);
    expect(english.stderr).toContain('Error VALIDATION');
    // --opening without --at, and a flag of another command, are usage errors.
    expect((await parloir(dir, ['accounts', 'add', '--name', 'X', '--currency', 'EUR', '--opening', '5'])).code).toBe(
      2,
    );
    expect((await parloir(dir, ['accounts', 'add', '--name', 'X', '--currency', 'EUR', '--sheet', 'a'])).code).toBe(2);
    await parloir(dir, ['accounts', 'add', '--name', 'Même', '--currency', 'EUR']);
    const twice = await parloir(dir, ['accounts', 'add', '--name', 'Même', '--currency', 'EUR']);
    expect(twice.stderr).toContain('Erreur DUPLICATE');
    expect((await accounts()).map((a) => a.name)).toEqual(['Même']);
  });
});
