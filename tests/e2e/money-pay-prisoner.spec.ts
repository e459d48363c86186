import { composeIBAN, friendlyFormatIBAN } from 'ibantools';
import { createAccount } from '../../db/money/accounts.queries';
import { createFund } from '../../db/money/funds.queries';
import { accountInput } from '../../shared/money/ledger.schemas';
import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { button, openNav, SMALL_WINDOW, STRONG_PASSPHRASE, pageHeading } from './support/flows';
import type { Harness } from './support/harness';
import { fill, seed, seedPrisoner } from './support/registry';

const FACILITY = 'Centre pénitentiaire de Toulouse-Seysses';
// A made-up "régie des comptes nominatifs" account, composed by ibantools from an invented bank and account number.
const REGIE_IBAN = composeIBAN({ countryCode: 'FR', bban: '20041010050500013M02606' }) ?? '';
const HOLDER = 'Régie des comptes nominatifs';
const REFERENCE = '1234567 DELACROIX-BERTRAND Jean';
const NOW = '2026-12-02T08:00:00.000Z';

/**
 * A French prison that takes transfers with the écrou number, NAME and first name (31 characters at most) and caps
 * what a prisoner receives at 200 EUR a month; one person held there; the group's EUR account and two funds. The
 * accounts and funds are written with the ledger's queries (the ledger's own screens are tested apart).
 */
async function seedWorld(harness: Harness) {
  const facility = await seed(harness, 'facilities:create', {
    name: FACILITY,
    kind: 'remand',
    address: { country: 'FR', street: 'Route de Seysses', poBox: 'BP 85 Cedex', postcode: '31603', city: 'Muret' },
    rules: {
      money: {
        method: 'bank_transfer',
        iban: REGIE_IBAN,
        accountHolder: HOLDER,
        referencePattern: '{number} {FAMILY} {Given}',
        referenceMaxLength: 31,
        limits: [{ period: 'month', amountMinor: 20_000, currency: 'EUR', note: 'Au-delà, une part est prélevée.' }],
      },
    },
  });
  const prisonerId = await seedPrisoner(
    harness,
    { familyName: 'Delacroix-Bertrand', givenNames: 'Jean', status: 'pretrial' },
    { facilityId: facility.id, number: '1234567', from: '2025-03-01' },
  );
  const db = harness.app.context.vault.db;
  const accountId = await createAccount(
    db,
    accountInput.parse({
      kind: 'bank',
      name: 'Compte courant',
      currency: 'EUR',
      iban: 'FR76 3000 6000 0112 3456 7890 189',
      openingOn: '2026-01-01',
    }),
    NOW,
  );
  await createFund(db, { name: 'Général', kind: 'general', prisonerId: null }, NOW);
  const own = await createFund(db, { name: 'Soutien Jean', kind: 'restricted', prisonerId }, NOW);
  return { facilityId: facility.id, prisonerId, accountId, own };
}

async function orderedPayments(harness: Harness) {
  return harness.app.context.vault.db.selectFrom('transactions').selectAll().execute();
}

test('pay a prisoner in France: the reference composed, the QR code shown, copied, recorded as ordered', async ({
  harness,
}) => {
  const page = harness.page;
  await seed(harness, 'vault:create', { passphrase: STRONG_PASSPHRASE });
  const world = await seedWorld(harness);
  await harness.open();
  await openNav(page, fr.nav.prisoners);
  await page.getByText('Delacroix-Bertrand', { exact: false }).first().click();
  await button(page, fr.money.payments.send).click();

  const dialog = page.getByRole('dialog', { name: fill(fr.money.payments.title, { name: 'Delacroix-Bertrand Jean' }) });
  await expect(dialog.getByTestId('payment-reference')).toHaveText(REFERENCE);
  await expect(dialog.getByTestId('payment-iban')).toHaveText(friendlyFormatIBAN(REGIE_IBAN) ?? '');
  await expect(dialog.getByTestId('payment-holder')).toHaveText(HOLDER);
  await expect(dialog.getByText(fill(fr.money.payments.referenceLength, { length: 31, max: 31 }))).toBeVisible();
  await expect(dialog.getByRole('img', { name: fr.money.payments.qrLabel })).toBeVisible();

  // 250 € typed the French way: over the monthly limit, said in words with the facility's note.
  await dialog.getByLabel(fill(fr.money.payments.amount, { currency: 'EUR' })).fill('250,00');
  await dialog.getByLabel(fr.money.payments.date).fill('2026-11-30');
  const limits = dialog.getByTestId('payment-limits');
  await expect(limits.getByRole('alert')).toContainText(fr.money.payments.limits.period.month);
  await expect(limits.getByText('Au-delà, une part est prélevée.')).toBeVisible();
  // The prisoner's own fund is proposed; the only EUR bank account is chosen.
  await expect(dialog.getByLabel(fr.money.payments.fund)).toHaveValue(String(world.own));
  await expect(dialog.getByLabel(fr.money.payments.account)).toHaveValue(String(world.accountId));

  // Copy: the host's clipboard gets it, and the screen says it will be emptied.
  await button(dialog, fr.money.payments.copyReference).click();
  await expect(dialog.getByText(fill(fr.money.payments.copied, { seconds: 30 }))).toBeVisible();
  expect(harness.clipboardText).toBe(REFERENCE);
  await keepScreenshot(harness, 'pay-prisoner-fr-1280');
  await expectAccessible(harness);

  await dialog.getByLabel(fill(fr.money.payments.amount, { currency: 'EUR' })).fill('150');
  await expect(limits.getByRole('alert')).toHaveCount(0);
  await button(dialog, fr.money.payments.record).click();
  await expect(dialog.getByText(fr.money.payments.recorded)).toBeVisible();
  const rows = await orderedPayments(harness);
  expect(rows).toEqual([
    expect.objectContaining({
      account_id: world.accountId,
      amount_minor: -15_000,
      status: 'ordered',
      prisoner_id: world.prisonerId,
      text: REFERENCE,
      booked_on: '2026-11-30',
    }),
  ]);
  await keepScreenshot(harness, 'pay-prisoner-recorded-fr-1280');
});

test('in English at 1024 px: the QR code and the reference; a facility without a bank rule says what to fill in', async ({
  harness,
}) => {
  const page = harness.page;
  await page.setViewportSize(SMALL_WINDOW);
  await seed(harness, 'vault:create', { passphrase: STRONG_PASSPHRASE });
  harness.app.context.preferences.set({ ...harness.app.context.preferences.get(), language: 'en' });
  await seedWorld(harness);
  const silent = await seed(harness, 'facilities:create', {
    name: 'Maison d’arrêt de Nîmes',
    kind: 'remand',
    address: { country: 'FR', street: 'Chemin de Grézan', postcode: '30000', city: 'Nîmes' },
  });
  await seedPrisoner(
    harness,
    { familyName: 'Martin', givenNames: 'Léa' },
    {
      facilityId: silent.id,
      number: '998877',
      from: '2025-06-01',
    },
  );
  await harness.open();
  await expect(pageHeading(page, en.nav.dashboard)).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: en.nav.prisoners, exact: true }).click();
  await page.getByText('Delacroix-Bertrand', { exact: false }).first().click();
  await button(page, en.money.payments.send).click();

  const dialog = page.getByRole('dialog', {
    name: fill(en.money.payments.title, { name: 'Delacroix-Bertrand Jean' }, 'en'),
  });
  await expect(dialog.getByTestId('payment-reference')).toHaveText(REFERENCE);
  await dialog.getByLabel(fill(en.money.payments.amount, { currency: 'EUR' }, 'en')).fill('50.00');
  await expect(dialog.getByRole('img', { name: en.money.payments.qrLabel })).toBeVisible();
  await expect(dialog.getByTestId('payment-limits')).toContainText(en.money.payments.limits.period.month);
  await button(dialog, en.money.payments.copyIban).click();
  expect(harness.clipboardText).toBe(REGIE_IBAN);
  await keepScreenshot(harness, 'pay-prisoner-en-1024');
  await expectAccessible(harness);
  await button(dialog, en.common.close).click();
  expect(await orderedPayments(harness)).toEqual([]);

  // A facility that never said how it takes money: the words say what to fill in, and the button opens its form.
  await page.getByRole('navigation').getByRole('button', { name: en.nav.prisoners, exact: true }).click();
  await page.getByText('Martin', { exact: false }).first().click();
  await button(page, en.money.payments.send).click();
  const none = page.getByTestId('payment-no-rule');
  await expect(none).toContainText(fill(en.money.payments.noRule, { facility: 'Maison d’arrêt de Nîmes' }, 'en'));
  await keepScreenshot(harness, 'pay-prisoner-no-rule-en-1024');
  await button(none, en.money.payments.openFacility).click();
  await expect(pageHeading(page, en.facilityForm.editTitle)).toBeVisible();
  // The form's money part now has the currency and the limits.
  await page.getByRole('radio', { name: en.moneyMethod.bank_transfer }).check();
  const limitsForm = page.getByRole('group', { name: en.money.payments.facilityForm.limits });
  await page.getByLabel(en.rules.iban, { exact: true }).fill(REGIE_IBAN);
  await page.getByLabel(en.rules.accountHolder, { exact: true }).fill(HOLDER);
  await limitsForm.getByLabel(en.money.payments.facilityForm.month, { exact: true }).fill('200.00');
  await limitsForm.getByLabel(en.money.payments.facilityForm.note).nth(1).fill('A share is withheld above it.');
  await keepScreenshot(harness, 'facility-money-limits-en-1024');
  await button(page, en.common.save).click();
  await expect(page.getByTestId('money-limit-month')).toContainText('€200.00');
  await expect(page.getByTestId('money-limit-month')).toContainText('A share is withheld above it.');
  const saved = await seed(harness, 'facilities:get', { id: silent.id });
  expect(saved.facility.rules.money).toMatchObject({
    method: 'bank_transfer',
    currency: 'EUR',
    limits: [{ period: 'month', amountMinor: 20_000, currency: 'EUR', note: 'A share is withheld above it.' }],
  });
});
