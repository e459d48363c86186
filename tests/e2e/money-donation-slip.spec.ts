import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createAccount } from '../../db/money/accounts.queries';
import { createFund } from '../../db/money/funds.queries';
import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import { accountInput } from '../../shared/money/ledger.schemas';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { button, expectNoSidewaysScroll, openNav, SMALL_WINDOW, STRONG_PASSPHRASE } from './support/flows';
import type { Harness } from './support/harness';
import { expectPreviewRendered } from './support/print';
import { fill, seed } from './support/registry';

const NOW = '2026-12-02T09:00:00.000Z';
const ACCOUNT = 'PostFinance Genève';

/** A Geneva group with its return address, a CHF account (not a QR-IBAN, so the reference is RF) and a fund. */
async function seedGroup(harness: Harness) {
  await seed(harness, 'vault:create', { passphrase: STRONG_PASSPHRASE });
  await seed(harness, 'settings:set', {
    groupName: 'Secours Rouge Genève',
    groupSender: {
      name: 'Secours Rouge Genève',
      address: { country: 'CH', street: 'Rue des Savoises 15', postcode: '1205', city: 'Genève' },
    },
  });
  const db = harness.app.context.vault.db;
  const account = accountInput.parse({
    kind: 'bank',
    name: ACCOUNT,
    currency: 'CHF',
    iban: 'CH56 0483 5012 3456 7800 9',
    openingOn: '2026-01-01',
  });
  await createAccount(db, account, NOW);
  await createFund(db, { name: 'Frais de justice', kind: 'restricted', prisonerId: null }, NOW);
}

/** Prints the previewed slip to the harness's sink, renders it to PNG beside the screenshots, and reads its text. */
async function printedText(harness: Harness, name: string, words: typeof fr.print.output): Promise<string> {
  const before = harness.printed.length;
  await button(harness.page, words.print).click();
  await expect(harness.page.getByText(words.sent)).toBeVisible();
  const file = test.info().outputPath(`${name}.pdf`);
  fs.writeFileSync(file, harness.printed[before] ?? new Uint8Array());
  execFileSync('pdftoppm', ['-png', '-r', '70', file, path.join(path.dirname(file), name)]);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f]/gu, ' ');
}

test('a Swiss QR-bill donation slip from a CHF account, for a fund, in French and in English', async ({ harness }) => {
  test.slow();
  const page = harness.page;
  await seedGroup(harness);
  await harness.open();
  await openNav(page, fr.nav.money);
  await button(page, fill(fr.money.screens.accounts.slipOne, { name: ACCOUNT })).click();

  const dialog = page.getByRole('dialog', { name: fill(fr.money.payments.slip.title, { account: ACCOUNT }) });
  await dialog.getByLabel(fr.money.payments.slip.what).selectOption({ label: 'Fonds\u00a0: Frais de justice' });
  await dialog.getByLabel(`${fr.money.payments.slip.amount} (CHF)`).fill('50');
  await button(dialog, fr.money.payments.slip.make).click();
  await expectPreviewRendered(page);
  await keepScreenshot(harness, 'donation-slip-fr-1280');
  await expectAccessible(harness);
  const french = await printedText(harness, 'donation-slip-fr', fr.print.output);
  // The payment part in the Swiss guidelines' French words, the group as creditor, the amount the Swiss way.
  expect(french).toContain('Section paiement');
  expect(french).toContain('Secours Rouge Genève');
  expect(french).toContain('CH56 0483 5012 3456 7800 9');
  expect(french).toContain('50.00');

  // In English at 1024 px, an A6 slip with the amount left to the donor.
  await page.setViewportSize(SMALL_WINDOW);
  await seed(harness, 'settings:set', { language: 'en' });
  await page.reload();
  await openNav(page, en.nav.money);
  await expectNoSidewaysScroll(page);
  await button(page, fill(en.money.screens.accounts.slipOne, { name: ACCOUNT })).click();
  const english = page.getByRole('dialog', { name: fill(en.money.payments.slip.title, { account: ACCOUNT }) });
  await english.getByLabel(en.money.payments.slip.sizes.A6).check();
  await button(english, en.money.payments.slip.make).click();
  await expectPreviewRendered(page);
  await keepScreenshot(harness, 'donation-slip-en-1024');
  const text = await printedText(harness, 'donation-slip-en', en.print.output);
  expect(text).toContain('Payment part');
  expect(text).not.toContain('50.00');
});
