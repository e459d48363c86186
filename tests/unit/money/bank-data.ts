import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { InputOf } from '../../../shared/contract';
import type { BankImportChecked } from '../../../shared/money/bank.schemas';
import type { ImportNameChoice } from '../../../shared/money/money-values';
import { accountInput } from '../../../shared/money/ledger.schemas';
import { createAccount } from '../../../db/money/accounts.queries';
import type { VaultDb } from '../../../db/vault/vault-kysely';
import { camtXml, type CamtStatementSpec, type CamtVersion } from '../../support/camt-builder';
import { tempDir } from '../../support/temp-dir';
import type { TestApp } from '../../support/test-app';
import { GROUP_IBAN, MARCH } from './camt-sample';
import { NOW, ledgerVault } from './ledger-data';

/** The ledger vault of the money tests, with the CHF bank account whose statement camt-sample.ts writes. */
export async function bankVault(importNames: ImportNameChoice = 'keep', openingMinor = 100_000) {
  const ledger = await ledgerVault();
  const postfinance = await createAccount(
    ledger.db,
    accountInput.parse({
      kind: 'bank',
      name: 'PostFinance QR',
      currency: 'CHF',
      iban: GROUP_IBAN,
      openingMinor,
      openingOn: '2026-01-01',
      importNames,
    }),
    NOW,
  );
  return { ...ledger, postfinance, files: tempDir('parloir-bank-') };
}
export type BankVault = Awaited<ReturnType<typeof bankVault>>;

export const march053 = (version: CamtVersion = '04', spec: CamtStatementSpec = MARCH) =>
  new TextEncoder().encode(camtXml({ message: '053', version, statements: [spec] }));

/** Puts `bytes` where the host's dialog will answer it, and checks it for the account. */
export async function checkFile(
  v: { r: TestApp; files: string },
  accountId: number,
  bytes: Uint8Array,
  name = 'releve.xml',
  extra: Partial<InputOf<'bankImport:check'>> = {},
): Promise<BankImportChecked> {
  const file = path.join(v.files, name);
  fs.writeFileSync(file, bytes);
  v.r.answers.chooseImportFile = async () => file;
  const checked = await v.r.call('bankImport:check', { accountId, ...extra });
  if (checked.status !== 'checked') throw new Error('The dialog cancelled');
  return checked;
}

/** Checks and runs, expecting the import to succeed. */
export async function importFile(
  v: { r: TestApp; files: string },
  accountId: number,
  bytes: Uint8Array,
  name = 'releve.xml',
  run: Partial<InputOf<'bankImport:run'>> = {},
) {
  const checked = await checkFile(v, accountId, bytes, name);
  const result = await v.r.call('bankImport:run', { token: checked.token, ...run });
  return { checked, result };
}

/** Rows of every table an import or a reconciliation may write, to prove nothing was half-written. */
export async function rowCounts(db: VaultDb) {
  const count = async (table: 'bank_imports' | 'bank_lines' | 'transactions' | 'splits') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    imports: await count('bank_imports'),
    lines: await count('bank_lines'),
    transactions: await count('transactions'),
    splits: await count('splits'),
  };
}

export async function linesOf(db: VaultDb, accountId: number) {
  return db.selectFrom('bank_lines').selectAll().where('account_id', '=', accountId).orderBy('id').execute();
}

export function expectCodes(checked: BankImportChecked, codes: string[]) {
  expect(checked.problems.map((p) => p.code)).toEqual(codes);
}
