import type { Page } from '@playwright/test';
import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import { formatMoney } from '../../shared/parcels/money-text';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { button, expectNoSidewaysScroll, openNav, pageHeading, SMALL_WINDOW, STRONG_PASSPHRASE } from './support/flows';
import type { Harness } from './support/harness';
import { fill, openWithNewVault, seed } from './support/registry';

const frMoney = fr.money.screens;
const enMoney = en.money.screens;

/** An IBAN with its check digits worked out here (ISO 13616: mod 97 of the BBAN, the country and 00). */
function ibanOf(country: string, bban: string): string {
  const digits = `${bban}${country}00`.replace(/[A-Z]/gu, (c) => String(c.charCodeAt(0) - 55));
  return `${country}${String(98n - (BigInt(digits) % 97n)).padStart(2, '0')}${bban}`;
}

const IBAN = ibanOf('DE', '500105170648489890');

function tab(page: Page, name: string) {
  return page
    .getByRole('group', { name: frMoney.tabs.label })
    .or(page.getByRole('group', { name: enMoney.tabs.label }))
    .getByRole('button', { name, exact: true });
}

async function categoryId(harness: Harness, key: string): Promise<number> {
  const { categories } = await seed(harness, 'categories:list', {});
  return categories.find((category) => category.builtinKey === key)?.id ?? 0;
}

test('Argent in French: an EUR account and funds, a donation in two splits, a standing order, 2025 closed and its row read-only', async ({
  harness,
}) => {
  // A long walk through five screens: three times the usual guard against a hang on a loaded machine.
  test.slow();
  const page = harness.page;
  await openWithNewVault(harness);
  await openNav(page, fr.nav.money);
  await expect(page.getByText(frMoney.accounts.empty)).toBeVisible();
  await keepScreenshot(harness, 'money-empty-fr-1280');
  await expectAccessible(harness);

  // The first account: a mistyped IBAN is said on its field, in words.
  await button(page, frMoney.accounts.new).first().click();
  const accountDialog = page.getByRole('dialog', { name: frMoney.accountForm.newTitle });
  await accountDialog.getByLabel(frMoney.accountForm.name, { exact: true }).fill('Compte courant');
  const typo = `${IBAN.slice(0, -1)}${IBAN.endsWith('1') ? '2' : '1'}`;
  await accountDialog.getByLabel(frMoney.accountForm.iban, { exact: true }).fill(typo.toLowerCase());
  await accountDialog.getByLabel(frMoney.accountForm.opening, { exact: true }).fill('1 200,00');
  await accountDialog.getByLabel(frMoney.accountForm.openingOn, { exact: true }).fill('2025-01-01');
  await accountDialog.getByLabel(frMoney.importNames.hash).check();
  await expect(accountDialog.getByText(frMoney.importNames.hashHelp)).toBeVisible();
  await button(accountDialog, fr.common.save).click();
  await expect(accountDialog.getByText(frMoney.accountForm.ibanInvalid)).toBeVisible();
  await keepScreenshot(harness, 'money-account-dialog-fr-1280');
  await expectAccessible(harness);
  await accountDialog.getByLabel(frMoney.accountForm.iban, { exact: true }).fill(IBAN.replace(/(.{4})/gu, '$1 '));
  await button(accountDialog, fr.common.save).click();
  await expect(accountDialog).toBeHidden();
  const accountRow = page.getByRole('row', { name: /Compte courant/u });
  await expect(accountRow).toContainText(formatMoney({ minor: 120000, currency: 'EUR' }, 'fr'));
  await expect(accountRow).toContainText(IBAN.slice(0, 4));
  const { accounts } = await seed(harness, 'accounts:list', {});
  expect(accounts).toMatchObject([{ name: 'Compte courant', iban: IBAN, openingMinor: 120000, importNames: 'hash' }]);
  const accountId = accounts[0]?.id ?? 0;
  await keepScreenshot(harness, 'money-accounts-fr-1280');

  // Two funds: the general one and one restricted to legal costs, with a structured reference made for it.
  await tab(page, frMoney.tabs.funds).click();
  for (const [name, kind] of [
    ['Fonds général', frMoney.funds.kinds.general],
    ['Frais de justice', frMoney.funds.kinds.restricted],
  ] as const) {
    await button(page, frMoney.funds.new).click();
    const fundDialog = page.getByRole('dialog', { name: frMoney.funds.newTitle });
    await fundDialog.getByLabel(frMoney.funds.name, { exact: true }).fill(name);
    await fundDialog.getByLabel(kind, { exact: true }).check();
    await button(fundDialog, fr.common.save).click();
    await expect(fundDialog).toBeHidden();
  }
  await button(page, fill(frMoney.funds.makeReferenceOne, { name: 'Frais de justice' })).click();
  const referenceDialog = page.getByRole('dialog', {
    name: fill(frMoney.funds.makeReferenceOne, { name: 'Frais de justice' }),
  });
  await referenceDialog.getByLabel(fr.money.ledger.referenceSchemes.be).check();
  await button(referenceDialog, frMoney.funds.makeReference).click();
  await expect(referenceDialog.getByText(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/u)).toBeVisible();
  await button(referenceDialog, fr.common.close).click();
  await expect(page.getByRole('row', { name: /Frais de justice/u })).toContainText('+++');
  await keepScreenshot(harness, 'money-funds-fr-1280');
  await expectAccessible(harness);

  // A donation of 150 € in two splits: the form says what remains and refuses until they add up.
  await tab(page, frMoney.tabs.ledger).click();
  await button(page, frMoney.ledger.new).click();
  await expect(pageHeading(page, frMoney.transaction.newTitle)).toBeVisible();
  await page.getByLabel(frMoney.transaction.date, { exact: true }).fill('2026-03-14');
  await page.getByLabel(`${frMoney.transaction.amount} (EUR)`, { exact: true }).fill('150');
  await page.getByLabel(frMoney.transaction.counterparty, { exact: true }).fill('Marie L.');
  const lines = page.locator('.split-line');
  await lines
    .nth(0)
    .getByLabel(frMoney.transaction.splitCategory)
    .selectOption({ label: fr.money.ledger.categories.donation });
  await lines.nth(0).getByLabel(frMoney.transaction.splitFund).selectOption({ label: 'Fonds général' });
  await button(page, frMoney.transaction.addSplit).click();
  await lines.nth(0).getByLabel(frMoney.transaction.splitAmount, { exact: true }).fill('100');
  await lines
    .nth(1)
    .getByLabel(frMoney.transaction.splitCategory)
    .selectOption({ label: fr.money.ledger.categories.donation });
  await lines.nth(1).getByLabel(frMoney.transaction.splitFund).selectOption({ label: 'Frais de justice' });
  await lines.nth(1).getByLabel(frMoney.transaction.splitAmount, { exact: true }).fill('40');
  const remaining = fill(frMoney.transaction.remaining, {
    amount: formatMoney({ minor: 1000, currency: 'EUR' }, 'fr'),
  });
  await expect(page.getByText(remaining)).toBeVisible();
  await button(page, frMoney.transaction.save).click();
  await expect(page.getByText(frMoney.transaction.unbalanced)).toBeVisible();
  await keepScreenshot(harness, 'money-transaction-splits-fr-1280');
  await expectAccessible(harness);
  await lines.nth(1).getByLabel(frMoney.transaction.splitAmount, { exact: true }).fill('50');
  await expect(page.getByText(frMoney.transaction.balanced)).toBeVisible();
  await button(page, frMoney.transaction.save).click();
  await expect(page.getByRole('row', { name: /Marie L\./u })).toContainText(
    formatMoney({ minor: 15000, currency: 'EUR' }, 'fr'),
  );
  const saved = await seed(harness, 'transactions:list', { accountId });
  expect(saved.rows[0]).toMatchObject({ amountMinor: 15000, counterparty: 'Marie L.' });
  expect(saved.rows[0]?.splits.map((split) => split.amountMinor)).toEqual([10000, 5000]);
  await keepScreenshot(harness, 'money-ledger-fr-1280');

  // A standing order from an anonymous donor: 20 € a month to the legal fund.
  await tab(page, frMoney.tabs.standingOrders).click();
  await button(page, frMoney.orders.new).click();
  const orderDialog = page.getByRole('dialog', { name: frMoney.orders.newTitle });
  await orderDialog.getByLabel(frMoney.orders.fund, { exact: true }).selectOption({ label: 'Frais de justice' });
  await orderDialog.getByLabel(`${frMoney.orders.amount} (EUR)`, { exact: true }).fill('20');
  await orderDialog.getByLabel(frMoney.orders.fromOn, { exact: true }).fill('2026-01-01');
  await button(orderDialog, fr.common.save).click();
  await expect(orderDialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(frMoney.orders.anonymous, 'u') })).toContainText(
    formatMoney({ minor: 2000, currency: 'EUR' }, 'fr'),
  );
  await keepScreenshot(harness, 'money-standing-orders-fr-1280');
  await expectAccessible(harness);

  // A 2025 entry, then 2025 closed: the entry opens read-only and says why.
  const donation = await categoryId(harness, 'donation');
  const { funds } = await seed(harness, 'funds:list', {});
  const general = funds.find((fund) => fund.name === 'Fonds général')?.id ?? 0;
  await seed(harness, 'transactions:create', {
    accountId,
    bookedOn: '2025-11-20',
    amountMinor: 3000,
    counterparty: 'Soirée de soutien',
    splits: [{ categoryId: donation, fundId: general, amountMinor: 3000 }],
  });
  await tab(page, frMoney.tabs.lock).click();
  await expect(page.getByText(frMoney.lock.none)).toBeVisible();
  await page.getByLabel(frMoney.lock.date, { exact: true }).fill('2025-12-31');
  await button(page, frMoney.lock.close).click();
  const confirm = page.getByRole('dialog', { name: fill(frMoney.lock.confirmTitle, { date: '31 décembre 2025' }) });
  await keepScreenshot(harness, 'money-lock-confirm-fr-1280');
  await button(confirm, frMoney.lock.close).click();
  await expect(page.getByText(fill(frMoney.lock.current, { date: '31 décembre 2025' }))).toBeVisible();

  await tab(page, frMoney.tabs.ledger).click();
  await button(page, fill(frMoney.ledger.openRow, { date: '20 nov. 2025' })).click();
  await expect(pageHeading(page, frMoney.transaction.editTitle)).toBeVisible();
  await expect(page.getByText(fill(frMoney.transaction.lockedReason, { date: '31 décembre 2025' }))).toBeVisible();
  await expect(page.getByLabel(`${frMoney.transaction.amount} (EUR)`, { exact: true })).toBeDisabled();
  await expect(button(page, frMoney.transaction.save)).toHaveCount(0);
  await expect(button(page, frMoney.transaction.delete)).toHaveCount(0);
  await keepScreenshot(harness, 'money-locked-row-fr-1280');
  await expectAccessible(harness);

  await page.setViewportSize(SMALL_WINDOW);
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, 'money-locked-row-fr-1024');
  await button(page, frMoney.transaction.back).click();
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, 'money-ledger-fr-1024');
});

test('Money in English at 1024 px: Ctrl+N for a new entry, a decimal point, a closed year moved back only with a reason', async ({
  harness,
}) => {
  // A long walk through five screens: three times the usual guard against a hang on a loaded machine.
  test.slow();
  const page = harness.page;
  await page.setViewportSize(SMALL_WINDOW);
  await seed(harness, 'vault:create', { passphrase: STRONG_PASSPHRASE });
  harness.app.context.preferences.set({ ...harness.app.context.preferences.get(), language: 'en' });
  const account = await seed(harness, 'accounts:create', {
    kind: 'bank',
    name: 'Main account',
    currency: 'EUR',
    iban: IBAN,
    openingMinor: 50000,
    openingOn: '2025-01-01',
  });
  await seed(harness, 'accounts:create', { kind: 'cash', name: 'Cash box', currency: 'CHF', openingOn: '2025-01-01' });
  const fund = await seed(harness, 'funds:create', { name: 'General fund', kind: 'general' });
  const postage = await categoryId(harness, 'postage');
  await seed(harness, 'transactions:create', {
    accountId: account.id,
    bookedOn: '2025-06-03',
    amountMinor: -1280,
    text: 'Stamps',
    splits: [{ categoryId: postage, fundId: fund.id, amountMinor: -1280 }],
  });
  await seed(harness, 'ledgerLock:set', { lockedThrough: '2025-12-31' });
  await harness.open();
  await expect(pageHeading(page, en.nav.dashboard)).toBeVisible();
  await openNav(page, en.nav.money);
  // Balances each in their own currency, never summed together.
  await expect(page.getByRole('row', { name: /Main account/u })).toContainText(
    formatMoney({ minor: 48720, currency: 'EUR' }, 'en'),
  );
  await expect(page.getByRole('row', { name: /Cash box/u })).toContainText(
    formatMoney({ minor: 0, currency: 'CHF' }, 'en'),
  );
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, 'money-accounts-en-1024');
  await expectAccessible(harness);

  await page.keyboard.press('Control+n');
  await expect(pageHeading(page, enMoney.transaction.newTitle)).toBeVisible();
  await page.getByLabel(enMoney.transaction.account, { exact: true }).selectOption({ label: 'Main account (EUR)' });
  await page.getByLabel(enMoney.transaction.moneyOut, { exact: true }).check();
  const amount = page.getByLabel(`${enMoney.transaction.amount} (EUR)`, { exact: true });
  await amount.fill('12,50');
  const line = page.locator('.split-line').first();
  await line.getByLabel(enMoney.transaction.splitCategory).selectOption({ label: en.money.ledger.categories.postage });
  await line.getByLabel(enMoney.transaction.splitFund).selectOption({ label: 'General fund' });
  await button(page, enMoney.transaction.save).click();
  await expect(page.getByText(fill(enMoney.amount.invalid, { currency: 'EUR' }))).toBeVisible();
  await keepScreenshot(harness, 'money-transaction-en-1024');
  await expectAccessible(harness);
  await amount.fill('12.50');
  await button(page, enMoney.transaction.save).click();
  await expect(page.getByRole('row', { name: /Stamps/u })).toBeVisible();
  const list = await seed(harness, 'transactions:list', { accountId: account.id });
  expect(list.rows.map((row) => row.amountMinor)).toEqual([-1250, -1280]);
  await keepScreenshot(harness, 'money-ledger-en-1024');

  // An exchange between the EUR account and the CHF cash box: both amounts, each in its own currency.
  await button(page, enMoney.ledger.transfer).click();
  const transfer = page.getByRole('dialog', { name: enMoney.transfer.title });
  await transfer.getByLabel(enMoney.transfer.to, { exact: true }).selectOption({ label: 'Cash box (CHF)' });
  await expect(transfer.getByText(enMoney.transfer.exchange)).toBeVisible();
  await transfer.getByLabel(`${enMoney.transfer.out} (EUR)`, { exact: true }).fill('100');
  await transfer.getByLabel(`${enMoney.transfer.in} (CHF)`, { exact: true }).fill('95.40');
  await keepScreenshot(harness, 'money-exchange-en-1024');
  await expectAccessible(harness);
  await button(transfer, en.common.save).click();
  await expect(transfer).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(enMoney.ledger.transferRow, 'u') })).toContainText(
    formatMoney({ minor: 10000, currency: 'EUR' }, 'en'),
  );
  const { accounts } = await seed(harness, 'accounts:list', {});
  expect(accounts.map((a) => [a.name, a.balanceMinor])).toEqual(
    expect.arrayContaining([
      ['Main account', 50000 - 1280 - 1250 - 10000],
      ['Cash box', 9540],
    ]),
  );

  // Moving the closing back asks why, and keeps the reason.
  await tab(page, enMoney.tabs.lock).click();
  await page.getByLabel(enMoney.lock.date, { exact: true }).fill('2025-05-31');
  await button(page, enMoney.lock.reopen).click();
  const reopen = page.getByRole('dialog', { name: enMoney.lock.reopenTitle });
  await button(reopen, enMoney.lock.reopen).click();
  await expect(reopen.getByText(enMoney.lock.reasonRequired)).toBeVisible();
  await reopen.getByLabel(enMoney.lock.reason, { exact: true }).fill('Stamps booked in the wrong month');
  await keepScreenshot(harness, 'money-reopen-en-1024');
  await button(reopen, enMoney.lock.reopen).click();
  await expect(page.getByText(fill(enMoney.lock.current, { date: '31 May 2025' }))).toBeVisible();
  await expect(
    page.getByText(fill(enMoney.lock.lastReason, { reason: 'Stamps booked in the wrong month' })),
  ).toBeVisible();
  expect((await seed(harness, 'ledgerLock:get', {})).reopenReason).toBe('Stamps booked in the wrong month');
  await expectAccessible(harness);

  await page.setViewportSize({ width: 1280, height: 800 });
  await tab(page, enMoney.tabs.ledger).click();
  await button(page, fill(enMoney.ledger.openRow, { date: '3 Jun 2025' })).click();
  await expect(button(page, enMoney.transaction.save)).toBeVisible();
  await keepScreenshot(harness, 'money-open-row-en-1280');
});
