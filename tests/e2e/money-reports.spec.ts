import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createAccount } from '../../db/money/accounts.queries';
import { createFund } from '../../db/money/funds.queries';
import { insertTransaction } from '../../db/money/transactions.queries';
import { insertTransfer } from '../../db/money/transfers.queries';
import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import { accountInput, transactionInput, transferInput } from '../../shared/money/ledger.schemas';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { button, expectNoSidewaysScroll, field, openNav, SMALL_WINDOW } from './support/flows';
import type { Harness } from './support/harness';
import { expectPreviewRendered, openPrintTab } from './support/print';
import { openWithNewVault, seed, seedPrisoner } from './support/registry';

const NOW = '2026-12-02T09:00:00.000Z';

/**
 * A year of a group's money, written with the ledger's own queries over the harness's vault (the ledger's channels
 * are another branch's): a EUR bank account and a CHF postal one, donations, a payment to Zoé, postage, an exchange.
 */
async function seedLedger(harness: Harness): Promise<void> {
  const db = harness.app.context.vault.db;
  const stamp = { memberId: null, now: NOW };
  const zoe = await seedPrisoner(harness, { familyName: 'Lefèvre', givenNames: 'Zoé', status: 'sentenced' });
  const bank = await createAccount(
    db,
    accountInput.parse({
      kind: 'bank',
      name: 'Compte courant',
      currency: 'EUR',
      iban: 'FR76 3000 6000 0112 3456 7890 189',
      openingMinor: 152_000,
      openingOn: '2024-12-31',
    }),
    NOW,
  );
  const postal = await createAccount(
    db,
    accountInput.parse({
      kind: 'postal',
      name: 'PostFinance',
      currency: 'CHF',
      openingMinor: 40_000,
      openingOn: '2024-12-31',
    }),
    NOW,
  );
  const general = await createFund(db, { name: 'Fonds général', kind: 'general', prisonerId: null }, NOW);
  const categories = Object.fromEntries(
    (await db.selectFrom('categories').select(['id', 'name']).execute()).map((c) => [c.name, c.id]),
  );
  const write = (
    accountId: number,
    bookedOn: string,
    categoryId: number | undefined,
    amountMinor: number,
    extra = {},
  ) =>
    insertTransaction(
      db,
      transactionInput.parse({
        accountId,
        bookedOn,
        amountMinor,
        splits: [{ categoryId, fundId: general, amountMinor }],
        ...extra,
      }),
      stamp,
    );
  await write(bank, '2025-02-10', categories.donation, 123_456);
  await write(bank, '2025-03-01', categories.membership_fee, 24_000);
  await write(bank, '2025-04-15', categories.payment_to_prisoner, -20_000, { prisonerId: zoe });
  await write(bank, '2025-05-20', categories.postage, -3_480);
  await write(postal, '2025-06-01', categories.donation, 123_456);
  await insertTransfer(
    db,
    transferInput.parse({
      fromAccountId: bank,
      toAccountId: postal,
      bookedOn: '2025-09-01',
      outMinor: 10_000,
      inMinor: 9_400,
      fundId: general,
    }),
    stamp,
  );
}

/** Prints the previewed PDF (to the harness's sink), renders its pages to PNG beside the screenshots, and reads its text. */
async function printed(harness: Harness, page: Page, name: string, words: typeof fr.print.output): Promise<string> {
  const before = harness.printed.length;
  await button(page, words.print).click();
  await expect(page.getByText(words.sent)).toBeVisible();
  const pdf = harness.printed[before] ?? new Uint8Array();
  const file = test.info().outputPath(`${name}.pdf`);
  fs.writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '70', file, path.join(path.dirname(file), name)]);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f]/gu, ' ');
}

test('the general assembly report: a year of money in one PDF, in French and English', async ({ harness }) => {
  // Two languages, two sizes, three PDFs laid out, printed and read back.
  test.slow();
  const page = harness.page;
  await openWithNewVault(harness);
  await seed(harness, 'settings:set', { groupName: 'Collectif Parloir Sud' });
  await seedLedger(harness);
  await page.reload();

  const w = fr.money.reports;
  await openPrintTab(page, fr.print.tabs.reports);
  await page.getByRole('radio', { name: w.kinds.generalAssembly }).check();
  await expect(page.getByText(w.intro.generalAssembly)).toBeVisible();
  await field(page, w.year).fill('1999');
  await expect(page.getByRole('alert')).toHaveText(w.yearInvalid);
  await expect(button(page, fr.print.reports.preview)).toBeDisabled();
  await field(page, w.year).fill('2025');
  await button(page, fr.print.reports.preview).click();
  await expectPreviewRendered(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, 'general-assembly-1280-fr');
  await expectAccessible(harness);
  const french = await printed(harness, page, 'general-assembly-fr', fr.print.output);
  expect(french).toContain('Collectif Parloir Sud — rapport financier 2025');
  expect(french).toContain('Exercice du 2025-01-01 au 2025-12-31');
  expect(french).toMatch(/Dons\s+1 234,56 €/u);
  expect(french).toMatch(/Dons\s+1'234.56 CHF/u);
  expect(french).toMatch(/Compte courant\s+EUR\s+1 520,00 €\s+1 474,56 €\s+234,80 €\s+-100,00 €\s+2 659,76 €/u);
  expect(french).toMatch(/LEFÈVRE Zoé\s+EUR\s+200,00 €/u);

  await page.setViewportSize(SMALL_WINDOW);
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, 'general-assembly-1024-fr');

  // The other money reports are there too, each with its own inputs.
  await page.getByRole('radio', { name: w.kinds.fundBalances }).check();
  await expect(page.getByText(w.intro.fundBalances)).toBeVisible();
  await expect(field(page, w.on)).toBeVisible();
  await page.getByRole('radio', { name: w.kinds.moneyReceipts }).check();
  await field(page, fr.print.reports.from).fill('2025-01-01');
  await field(page, fr.print.reports.to).fill('2025-12-31');
  await button(page, fr.print.reports.preview).click();
  await expectPreviewRendered(page);
  await keepScreenshot(harness, 'money-receipts-1024-fr');

  // In English, both sizes.
  await seed(harness, 'settings:set', { language: 'en' });
  await page.reload();
  await openNav(page, en.nav.print);
  await page
    .getByRole('group', { name: en.print.tabs.label })
    .getByRole('button', { name: en.print.tabs.reports })
    .click();
  await page.getByRole('radio', { name: en.money.reports.kinds.generalAssembly }).check();
  await field(page, en.money.reports.year).fill('2025');
  await button(page, en.print.reports.preview).click();
  await expectPreviewRendered(page);
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, 'general-assembly-1024-en');
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, 'general-assembly-1280-en');
  await expectAccessible(harness);
  const english = await printed(harness, page, 'general-assembly-en', en.print.output);
  expect(english).toContain('Collectif Parloir Sud — financial report 2025');
  expect(english).toMatch(/Donations\s+€1,234.56/u);
  expect(english).toMatch(/Donations\s+CHF 1'234.56/u);
  expect(english).toMatch(/Total EUR\s+EUR\s+€1,520.00/u);
});
