import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, test } from 'vitest';
import { ledgerAmountCell, ledgerAmountText } from '../../../shared/money/ledger-amounts';
import { reportsEn } from '../../../shared/money/reports.en';
import { reportsFr } from '../../../shared/money/reports.fr';
import { tempDir } from '../../support/temp-dir';
import type { TestApp } from '../../support/test-app';
import { pdfScratch, readInfo, readText, renderPng } from '../printing/pdf-readback';
import { treasurerLedger } from './treasurer-ledger';

const scratch = pdfScratch();
afterAll(() => scratch.remove());

/** Intl writes a narrow no-break space and a no-break space: compared as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/gu, ' ');

async function pdfText(r: TestApp, input: Parameters<TestApp['call']>[1] & object, png?: string) {
  const out = await r.call('print:report', input as never);
  if (out.status !== 'rendered') throw new Error('expected a PDF');
  const file = scratch.write(Buffer.from(out.pdfBase64, 'base64'));
  if (png) renderPng(file, png, { dpi: 80 });
  return { out, file, text: plain(readText(file)) };
}

async function csvRows(r: TestApp, input: object): Promise<string[][]> {
  const file = path.join(tempDir(), 'report.csv');
  r.answers.chooseExportFile = async () => file;
  const out = await r.call('print:report', input as never);
  expect(out).toMatchObject({ status: 'written', fileName: 'report.csv' });
  return Papa.parse<string[]>(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/u, ''), {
    delimiter: ';',
    skipEmptyLines: true,
  }).data;
}

describe('amounts as a treasurer reads them', () => {
  test('euros in the language, Swiss francs the Swiss way, plain numbers for spreadsheets', () => {
    expect(plain(ledgerAmountText(123_456, 'EUR', 'fr'))).toBe('1 234,56 €');
    expect(ledgerAmountText(123_456, 'EUR', 'en')).toBe('€1,234.56');
    expect(plain(ledgerAmountText(123_456, 'CHF', 'en'))).toBe("CHF 1'234.56");
    expect(plain(ledgerAmountText(123_456, 'CHF', 'fr'))).toBe("1'234.56 CHF");
    expect(plain(ledgerAmountText(-6_000, 'CHF', 'en'))).toBe('-CHF 60.00');
    expect(plain(ledgerAmountText(-6_000, 'CHF', 'fr'))).toBe('-60.00 CHF');
    expect(ledgerAmountCell(-123_456, 'EUR', 'fr')).toBe('-1234,56');
    expect(ledgerAmountCell(-5, 'EUR', 'en')).toBe('-0.05');
    expect(ledgerAmountCell(1_500, 'JPY', 'en')).toBe('1500');
  });
});

describe('money reports through print:report', () => {
  test('receipts and payments: one table per currency and the accounts, never one sum across currencies', async () => {
    const l = await treasurerLedger();
    const { out, text } = await pdfText(l.r, {
      list: 'moneyReceipts',
      format: 'pdf',
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(out).toMatchObject({ pages: 1 });
    const w = reportsFr;
    expect(text).toContain(w.title.moneyReceipts);
    expect(text).toContain('Du 2026-01-01 au 2026-12-31');
    expect(text).toContain('Recettes et dépenses en CHF');
    expect(text).toContain('Recettes et dépenses en EUR');
    expect(text).toMatch(/Dons\s+250,00 €/u);
    expect(text).toMatch(/Versements aux personnes détenues\s+105,00 €/u);
    expect(text).toMatch(/Total des dépenses\s+417,50 €/u);
    expect(text).toMatch(/Résultat \(recettes − dépenses\)\s+-137,50 €/u);
    expect(text).toMatch(/Dons\s+150.00 CHF/u);
    expect(text).toContain(w.notes.transfers.slice(0, 40));

    const rows = await csvRows(l.r, { list: 'moneyReceipts', format: 'csv', from: '2026-01-01', to: '2026-12-31' });
    expect(rows[0]).toEqual([w.title.moneyReceipts]);
    const accounts = rows.findIndex((row) => row[0] === w.section.accounts);
    expect(rows[accounts + 1]).toEqual([
      'Compte',
      'Devise',
      'Solde initial',
      'Recettes',
      'Dépenses',
      'Virements',
      'Solde final',
    ]);
    const accountRows = rows.slice(accounts + 2);
    expect(accountRows).toEqual([
      ['PostFinance', 'CHF', '300,00', '150,00', '60,00', '95,00', '485,00'],
      ['Caisse', 'EUR', '50,00', '0,00', '12,50', '40,00', '77,50'],
      ['Compte courant', 'EUR', '1300,00', '280,00', '405,00', "'-140,00", '1035,00'],
      ['Total CHF', 'CHF', '300,00', '150,00', '60,00', '95,00', '485,00'],
      ['Total EUR', 'EUR', '1350,00', '280,00', '417,50', "'-100,00", '1112,50'],
    ]);
  });

  test('fund balances at a date, support per person and standing orders, in English', async () => {
    const l = await treasurerLedger();
    await l.r.call('settings:set', { language: 'en' });
    const funds = await csvRows(l.r, { list: 'fundBalances', format: 'csv', on: '2026-12-31' });
    expect(funds).toEqual([
      ['Fund', 'Kind', 'Currency', 'Balance'],
      ['Frais de justice', 'Restricted', 'EUR', "'-300.00"],
      ['Général', 'General', 'CHF', '245.00'],
      ['Général', 'General', 'EUR', '162.50'],
      ['Soutien Bob', 'Restricted', 'CHF', "'-60.00"],
      ['Total CHF', '', 'CHF', '185.00'],
      ['Total EUR', '', 'EUR', "'-137.50"],
    ]);
    const support = await csvRows(l.r, {
      list: 'prisonerSupport',
      format: 'csv',
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(support).toEqual([
      ['Person', 'Currency', 'Paid to them', 'Other spending for them', 'Total'],
      ['DURAND Bob', 'CHF', '60.00', '0.00', '60.00'],
      ['MARTIN Alice', 'EUR', '80.00', '300.00', '380.00'],
      [reportsEn.rows.noPrisoner, 'EUR', '25.00', '0.00', '25.00'],
      ['Total CHF', 'CHF', '60.00', '0.00', '60.00'],
      ['Total EUR', 'EUR', '105.00', '300.00', '405.00'],
    ]);
    const { text } = await pdfText(l.r, {
      list: 'standingOrders',
      format: 'pdf',
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(text).toContain(reportsEn.title.standingOrders);
    expect(text).toContain('€25.00 a month');
    expect(text).toContain('CHF 100.00 a year');
    expect(text).toMatch(/12 × = €300.00/u);
    expect(text).toMatch(/2 × = €50.00/u);
    expect(text).toContain('2026-12-15');
  });

  test('the general assembly: one PDF for the year under the group name, every part, in French and English', async () => {
    const l = await treasurerLedger();
    await l.r.call('settings:set', { groupName: 'Collectif Parloir Sud' });
    const fr = await pdfText(l.r, { list: 'generalAssembly', format: 'pdf', year: 2026 }, 'general-assembly-fr');
    const w = reportsFr;
    expect(fr.text).toContain('Collectif Parloir Sud — rapport financier 2026');
    expect(fr.text).toContain('Exercice du 2026-01-01 au 2026-12-31');
    for (const heading of [w.section.accounts, 'Fonds au 2026-12-31', w.section.support, w.section.standingOrders])
      expect(fr.text).toContain(heading);
    expect(fr.text).toMatch(/MARTIN Alice\s+EUR\s+80,00 €\s+300,00 €\s+380,00 €/u);
    // The year after is not in it.
    expect(fr.text).not.toContain('999,00');
    const info = readInfo(fr.file);
    expect(info.pages).toBe(fr.out.status === 'rendered' ? fr.out.pages : -1);
    expect(info.title).toBe('Parloir');

    await l.r.call('settings:set', { language: 'en' });
    const en = await pdfText(l.r, { list: 'generalAssembly', format: 'pdf', year: 2026 }, 'general-assembly-en');
    expect(en.text).toContain('Collectif Parloir Sud — financial report 2026');
    expect(en.text).toMatch(/Donations\s+CHF 150.00/u);
    expect(en.text).toMatch(/Total receipts\s+€280.00/u);

    const csv = await csvRows(l.r, { list: 'generalAssembly', format: 'csv', year: 2026 });
    expect(csv[0]).toEqual(['Collectif Parloir Sud — financial report 2026']);
    expect(csv.map((row) => row[0])).toEqual(
      expect.arrayContaining([
        'Receipts and payments in CHF',
        'Accounts',
        'Funds on 2026-12-31',
        'Support per person',
        'Standing orders',
      ]),
    );
  });

  test('a year with nothing in it says so; a period ending before it starts is refused', async () => {
    const l = await treasurerLedger();
    const { text } = await pdfText(l.r, {
      list: 'prisonerSupport',
      format: 'pdf',
      from: '2020-01-01',
      to: '2020-12-31',
    });
    expect(text).toContain(reportsFr.notes.empty);
    const error = await l.r.fail('print:report', {
      list: 'standingOrders',
      format: 'pdf',
      from: '2026-02-01',
      to: '2026-01-01',
    });
    expect(error.code).toBe('VALIDATION');
    expect((await l.r.fail('print:report', { list: 'generalAssembly', format: 'pdf', year: 1999 })).code).toBe(
      'VALIDATION',
    );
  });
});
