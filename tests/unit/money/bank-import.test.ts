import { describe, expect, it } from 'vitest';
import { camtXml } from '../../support/camt-builder';
import { MARCH } from './camt-sample';
import { bankVault, checkFile, expectCodes, importFile, linesOf, march053, rowCounts } from './bank-data';

describe('bank statement import (camt.053)', () => {
  it('checks, then writes every booked entry once, a batch with its details, the pending one left out', async () => {
    const v = await bankVault();
    const checked = await checkFile(v, v.postfinance, march053());
    expect(checked).toMatchObject({
      format: 'camt.053.001.04',
      from: '2026-03-02',
      to: '2026-03-15',
      duplicateLines: [],
      entries: 5,
      new: 5,
      duplicates: 0,
      details: 2,
      credits: { CHF: 21_750 },
      debits: { CHF: 3_150 },
      opening: { CHF: 100_000 },
      closing: { CHF: 118_600 },
      refused: false,
      gap: false,
    });
    expectCodes(checked, ['pending_entries']);
    expect(await rowCounts(v.db)).toMatchObject({ imports: 0, lines: 0 });

    const result = await v.r.call('bankImport:run', { token: checked.token });
    expect(result).toMatchObject({ imported: 5, details: 2, duplicates: 0 });
    const lines = await linesOf(v.db, v.postfinance);
    expect(lines).toHaveLength(7);
    const totals = lines.filter((l) => l.batch_line_id === null);
    expect(totals.map((l) => l.amount_minor)).toEqual([5_000, -3_150, 12_000, 3_550, 1_200]);
    const batch = totals.find((l) => l.amount_minor === 3_550);
    const parts = lines.filter((l) => l.batch_line_id === batch?.id);
    expect(parts.map((l) => [l.amount_minor, l.payer_name])).toEqual([
      [2_000, 'Ana'],
      [1_550, 'Bruno'],
    ]);
    expect(totals[0]).toMatchObject({
      bank_reference: 'PF-20260302-0001',
      end_to_end_id: 'E2E-DON-0001',
      dedupe_key: 'ref:PF-20260302-0001',
      payer_name: 'Léa Müller & Fils',
      payer_iban: 'CH3309000000004012345',
      reference_kind: 'qrr',
      status: 'open',
    });
    expect(totals[0]?.payer_iban_hash).toMatch(/^[0-9a-f]{64}$/u);
    const [row] = await v.db.selectFrom('bank_imports').selectAll().execute();
    expect(row).toMatchObject({ entries: 5, imported: 5, details: 2, raw_file: null, file_name: 'releve.xml' });
    expect(await v.r.call('bankImport:progress', { token: checked.token })).toEqual({
      state: 'done',
      done: 7,
      total: 7,
    });
  });

  it('refuses the same file in words, and finds every line of the same statement in another version a duplicate', async () => {
    const v = await bankVault();
    await importFile(v, v.postfinance, march053('04'));
    const before = await rowCounts(v.db);

    const again = await checkFile(v, v.postfinance, march053('04'), 'encore.xml');
    expect(again.refused).toBe(true);
    expect(again.problems[0]).toMatchObject({ code: 'file_already_imported', blocking: true });
    expect(again.duplicates).toBe(5);
    const error = await v.r.fail('bankImport:run', { token: again.token });
    expect(error.code).toBe('BANK_IMPORT_REFUSED');

    const other = await checkFile(v, v.postfinance, march053('08'), 'version-08.xml');
    expect(other).toMatchObject({ entries: 5, new: 0, duplicates: 5, refused: false, gap: false });
    expect(other.duplicateLines.map((d) => [d.at, d.amountMinor, d.reason])).toEqual([
      [1, 5_000, 'imported'],
      [2, -3_150, 'imported'],
      [3, 12_000, 'imported'],
      [4, 3_550, 'imported'],
      [5, 1_200, 'imported'],
    ]);
    expect(await v.r.call('bankImport:run', { token: other.token })).toMatchObject({ imported: 0, duplicates: 5 });
    expect(await rowCounts(v.db)).toEqual({ ...before, imports: before.imports + 1 });
  });

  it('keeps two identical lines of one file, flags the second, and adds neither again', async () => {
    const v = await bankVault();
    const twice = {
      ...MARCH,
      balances: [{ code: 'OPBD' as const, amount: '1000.00', date: '2026-02-28' }],
      entries: [
        { amount: '20.00', side: 'CRDT' as const, bookingDate: '2026-03-03', additionalInfo: 'Don' },
        { amount: '20.00', side: 'CRDT' as const, bookingDate: '2026-03-03', additionalInfo: 'Don' },
      ],
    };
    const { checked } = await importFile(v, v.postfinance, march053('04', twice));
    expect(checked).toMatchObject({ entries: 2, new: 2, inFileDuplicates: 1 });
    expectCodes(checked, ['in_file_duplicate']);
    expect(checked.duplicateLines).toEqual([
      {
        at: 2,
        bookedOn: '2026-03-03',
        amountMinor: 2_000,
        currency: 'CHF',
        counterparty: null,
        text: 'Don',
        reason: 'inFile',
      },
    ]);
    const lines = await linesOf(v.db, v.postfinance);
    expect(lines.map((l) => [l.in_file_duplicate, l.dedupe_key.endsWith('#2')])).toEqual([
      [0, false],
      [1, true],
    ]);
    const again = await checkFile(v, v.postfinance, march053('02', twice), 'v02.xml');
    expect(again).toMatchObject({ new: 0, duplicates: 2 });
  });

  it('says a gap with its amount and dates, and imports it only when the gap is accepted', async () => {
    const v = await bankVault('keep', 90_000);
    const checked = await checkFile(v, v.postfinance, march053());
    expect(checked).toMatchObject({ refused: false, gap: true });
    const gap = checked.problems.find((p) => p.code === 'continuity_gap');
    expect(gap?.gap).toEqual({
      currency: 'CHF',
      expectedMinor: 90_000,
      foundMinor: 100_000,
      differenceMinor: 10_000,
      knownOn: '2026-01-01',
      openingOn: '2026-02-28',
    });
    expect((await v.r.fail('bankImport:run', { token: checked.token })).code).toBe('BANK_IMPORT_GAP');
    expect(await rowCounts(v.db)).toMatchObject({ imports: 0, lines: 0 });
    expect(await v.r.call('bankImport:run', { token: checked.token, acceptGap: true })).toMatchObject({ imported: 5 });
  });

  it('follows on from the lines already imported: the next month opens at the last closing', async () => {
    const v = await bankVault();
    await importFile(v, v.postfinance, march053());
    const april = {
      ...MARCH,
      id: 'STMT-2026-04',
      balances: [{ code: 'OPBD' as const, amount: '1186.00', date: '2026-04-01' }],
      entries: [{ amount: '5.00', side: 'DBIT' as const, bookingDate: '2026-04-02', acctSvcrRef: 'PF-20260402-0001' }],
    };
    const next = await checkFile(v, v.postfinance, march053('04', april), 'avril.xml');
    expect(next).toMatchObject({ gap: false, refused: false, new: 1 });
    const wrong = { ...april, balances: [{ code: 'OPBD' as const, amount: '1100.00', date: '2026-04-01' }] };
    const gap = await checkFile(v, v.postfinance, march053('04', wrong), 'avril-faux.xml');
    expect(gap.problems.find((p) => p.code === 'continuity_gap')?.gap).toMatchObject({
      expectedMinor: 118_600,
      foundMinor: 110_000,
      differenceMinor: -8_600,
      knownOn: '2026-03-15',
    });
  });

  it('refuses a statement of another currency or another IBAN', async () => {
    const v = await bankVault();
    const euros = await checkFile(v, v.accounts.bank, march053());
    expect(euros.refused).toBe(true);
    expect(euros.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['account_currency', 'account_iban']));
    expect((await v.r.fail('bankImport:run', { token: euros.token })).code).toBe('BANK_IMPORT_REFUSED');
  });

  it('links a camt.054 to the batch total it explains: its details are written, the balance counts the total once', async () => {
    const v = await bankVault();
    await importFile(v, v.postfinance, march053());
    const notification = camtXml({
      message: '054',
      version: '04',
      statements: [
        {
          id: 'NTF-2026-03-10',
          iban: MARCH.iban,
          currency: 'CHF',
          entries: [
            {
              amount: '120.00',
              side: 'CRDT',
              bookingDate: '2026-03-10',
              acctSvcrRef: 'PF-20260310-0003',
              batch: { count: 3, total: '120.00' },
              transactions: [
                { amount: '50.00', debtor: { name: 'Dora' } },
                { amount: '40.00', debtor: { name: 'Emil' } },
                { amount: '30.00', debtor: { name: 'Fatou' } },
              ],
            },
          ],
        },
      ],
    });
    const bytes = new TextEncoder().encode(notification);
    const { checked, result } = await importFile(v, v.postfinance, bytes, 'details.xml');
    expect(checked).toMatchObject({ format: 'camt.054.001.04', entries: 1, new: 0, details: 3, refused: false });
    expect(result).toMatchObject({ imported: 0, details: 3 });
    const lines = await linesOf(v.db, v.postfinance);
    const total = lines.find((l) => l.bank_reference === 'PF-20260310-0003');
    expect(lines.filter((l) => l.batch_line_id === total?.id).map((l) => l.payer_name)).toEqual([
      'Dora',
      'Emil',
      'Fatou',
    ]);
    const counted = lines.filter((l) => l.batch_line_id === null).reduce((sum, l) => sum + l.amount_minor, 0);
    expect(counted).toBe(18_600);
    // The same notification in another file adds nothing.
    const again = await checkFile(v, v.postfinance, new TextEncoder().encode(`${notification}\n`), 'encore.xml');
    expect(again).toMatchObject({ details: 0, duplicates: 3 });
  });

  it('refuses a camt.054 whose total is not imported, in words', async () => {
    const v = await bankVault();
    const bytes = new TextEncoder().encode(
      camtXml({
        message: '054',
        version: '08',
        statements: [
          {
            id: 'NTF-1',
            iban: MARCH.iban,
            currency: 'CHF',
            entries: [{ amount: '9.00', side: 'CRDT', bookingDate: '2026-03-10', acctSvcrRef: 'NOPE' }],
          },
        ],
      }),
    );
    const checked = await checkFile(v, v.postfinance, bytes);
    expect(checked.refused).toBe(true);
    expect(checked.problems[0]).toMatchObject({ code: 'detail_total_missing', at: 1 });
  });

  it('keeps the statement file itself only when asked', async () => {
    const v = await bankVault();
    const bytes = march053();
    await importFile(v, v.postfinance, bytes, 'garde.xml', { keepFile: true });
    const [row] = await v.db.selectFrom('bank_imports').select('raw_file').execute();
    expect(Buffer.from(row?.raw_file ?? []).equals(Buffer.from(bytes))).toBe(true);
    expect((await v.r.call('bankImport:list', { accountId: v.postfinance })).imports).toMatchObject([
      { fileName: 'garde.xml', fileKept: true, entries: 5, imported: 5 },
    ]);
  });
});
