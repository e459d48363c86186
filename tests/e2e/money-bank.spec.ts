import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import { camtXml } from '../support/camt-builder';
import { CREDIT_MUTUEL_SAMPLE, DONOR_IBAN_BE, GROUP_IBAN_BE } from '../support/csv-bank-samples';
import { csvBytes } from '../support/csv-statement-builder';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { button, expectNoSidewaysScroll, pageHeading, SMALL_WINDOW, STRONG_PASSPHRASE } from './support/flows';
import type { Harness } from './support/harness';
import { fill, seed } from './support/registry';

type Language = 'fr' | 'en';
const words = { fr, en } as const;

/** The Belgian structured communication the standing donor quotes: +++090/9337/55493+++ (mod 97 check 93). */
const DONOR_REFERENCE = '090933755493';

/**
 * A March statement of the group's Belgian account in camt.053.001.04, written from the schema: opening 500.00, the
 * standing donor's 25.00 with the order's structured reference, 11.50 of stamps, closing 513.50.
 */
function marchStatement(): string {
  return camtXml({
    message: '053',
    version: '04',
    statements: [
      {
        id: 'STMT-2026-03',
        iban: GROUP_IBAN_BE,
        currency: 'EUR',
        balances: [
          { code: 'OPBD', amount: '500.00', date: '2026-03-01' },
          { code: 'CLBD', amount: '513.50', date: '2026-03-31' },
        ],
        entries: [
          {
            amount: '25.00',
            side: 'CRDT',
            bookingDate: '2026-03-03',
            valueDate: '2026-03-03',
            acctSvcrRef: 'KBC-20260303-0001',
            transactions: [
              {
                endToEndId: 'NOTPROVIDED',
                debtor: { name: 'Élodie Dupré', iban: DONOR_IBAN_BE },
                reference: { value: DONOR_REFERENCE, code: 'SCOR', issuer: 'BBA' },
              },
            ],
          },
          {
            amount: '11.50',
            side: 'DBIT',
            bookingDate: '2026-03-05',
            acctSvcrRef: 'KBC-20260305-0007',
            transactions: [{ creditor: { name: 'bpost' }, unstructured: ['TIMBRES PRIOR'] }],
          },
        ],
      },
    ],
  });
}

/**
 * The next statement, from 4 March to April: it repeats the stamps of 5 March (same bank reference) and brings more
 * stamps and a new donation. Its opening, 525.00 on 4 March, follows on from what was imported.
 */
function overlappingStatement(): string {
  return camtXml({
    message: '053',
    version: '04',
    statements: [
      {
        id: 'STMT-2026-04',
        iban: GROUP_IBAN_BE,
        currency: 'EUR',
        balances: [
          { code: 'OPBD', amount: '525.00', date: '2026-03-04' },
          { code: 'CLBD', amount: '530.10', date: '2026-04-30' },
        ],
        entries: [
          {
            amount: '11.50',
            side: 'DBIT',
            bookingDate: '2026-03-05',
            acctSvcrRef: 'KBC-20260305-0007',
            transactions: [{ creditor: { name: 'bpost' }, unstructured: ['TIMBRES PRIOR'] }],
          },
          {
            amount: '8.40',
            side: 'DBIT',
            bookingDate: '2026-04-01',
            acctSvcrRef: 'KBC-20260401-0002',
            transactions: [{ creditor: { name: 'bpost' }, unstructured: ['TIMBRES PRIOR'] }],
          },
          {
            amount: '25.00',
            side: 'CRDT',
            bookingDate: '2026-04-02',
            acctSvcrRef: 'KBC-20260402-0003',
            transactions: [{ debtor: { name: 'Jonas Peeters' }, unstructured: ['STEUN'] }],
          },
        ],
      },
    ],
  });
}

/** Creates the vault in the language asked and opens the app on Home. */
async function openApp(harness: Harness, language: Language): Promise<void> {
  await seed(harness, 'vault:create', { passphrase: STRONG_PASSPHRASE });
  await seed(harness, 'settings:set', { language });
  await harness.open();
  await expect(pageHeading(harness.page, words[language].nav.dashboard)).toBeVisible();
}

/** Money section → its bank tab: the reconciliation screen, from which a statement is imported. */
async function openReconcile(page: Page, language: Language): Promise<void> {
  const s = words[language];
  await page.getByRole('navigation').getByRole('button', { name: s.nav.money, exact: true }).click();
  await expect(pageHeading(page, s.nav.money)).toBeVisible();
  await button(page, s.money.screens.tabs.bank).click();
  await expect(reconcileHeading(page, language)).toBeVisible();
}

function reconcileHeading(page: Page, language: Language) {
  return page.getByRole('heading', { level: 2, name: words[language].money.reconcile.lines.title, exact: true });
}

/** The screen at both window sizes, in the language of the test, then back to the large one. */
async function shootBoth(harness: Harness, name: string, language: Language): Promise<void> {
  for (const [size, label] of [
    [{ width: 1280, height: 800 }, '1280'],
    [SMALL_WINDOW, '1024'],
  ] as const) {
    await harness.page.setViewportSize(size);
    await expectNoSidewaysScroll(harness.page);
    await keepScreenshot(harness, `${name}-${label}-${language}`);
  }
  await harness.page.setViewportSize({ width: 1280, height: 800 });
}

for (const language of ['fr', 'en'] as const) {
  test(`a standing order is matched by an imported camt.053: proposed, accepted, its period received (${language})`, async ({
    harness,
  }) => {
    // Two imports, a reconciliation, axe five times and twenty screenshots: beyond the usual budget on 2 loaded cores.
    test.slow();
    const s = words[language];
    const k = s.money.reconcile;
    const page = harness.page;
    await openApp(harness, language);
    const account = await seed(harness, 'accounts:create', {
      kind: 'bank',
      name: 'KBC Zichtrekening',
      currency: 'EUR',
      iban: GROUP_IBAN_BE,
      openingMinor: 50_000,
      openingOn: '2026-01-01',
    });
    const fund = await seed(harness, 'funds:create', { name: 'Soutien aux personnes détenues', kind: 'restricted' });
    const donor = await seed(harness, 'donors:create', { pseudonymOrName: 'Élodie D.' });
    const order = await seed(harness, 'standingOrders:create', {
      donorId: donor.id,
      accountId: account.id,
      fundId: fund.id,
      amountMinor: 2_500,
      currency: 'EUR',
      rhythm: 'monthly',
      fromOn: '2026-03-01',
      untilOn: '2026-03-31',
      reference: `+++090/9337/55493+++`,
    });
    const file = test.info().outputPath('releve-mars.xml');
    fs.writeFileSync(file, marchStatement());

    await openReconcile(page, language);
    await expect(page.getByText(k.lines.noneOpen)).toBeVisible();
    await button(page, k.lines.import).click();
    await expect(pageHeading(page, k.importing.title)).toBeVisible();

    // Cancelling the host dialog leaves the screen as it was.
    harness.nextImportFile = null;
    await button(page, k.importing.choose).click();
    await expect(button(page, k.importing.choose)).toBeEnabled();
    await expect(page.getByText(k.importing.intro)).toBeVisible();

    harness.nextImportFile = file;
    await button(page, k.importing.choose).click();
    const facts = page.locator('.bank-facts');
    await expect(facts).toContainText('releve-mars.xml');
    await expect(facts).toContainText('camt.053.001.04');
    await expect(facts).toContainText(
      [fill(k.importing.entries_other, { count: 2 }), fill(k.importing.newLines_other, { count: 2 })].join(' · '),
    );
    const euros = (text: string) => (language === 'fr' ? `${text}\u00a0€` : `€${text}`);
    await expect(facts).toContainText(euros(language === 'fr' ? '25,00' : '25.00'));
    await expect(facts).toContainText(euros(language === 'fr' ? '11,50' : '11.50'));
    await expect(facts).toContainText(euros(language === 'fr' ? '513,50' : '513.50'));
    // The raw file is not kept unless the treasurer asks.
    await expect(page.getByRole('checkbox', { name: k.importing.keepFile })).not.toBeChecked();
    await expectAccessible(harness);
    await shootBoth(harness, 'bank-camt-check', language);

    await button(page, fill(k.importing.run_other, { count: 2 })).click();
    await expect(page.getByText(fill(k.importing.done_other, { count: 2 }))).toBeVisible();
    await button(page, k.importing.reconcile).click();
    await expect(reconcileHeading(page, language)).toBeVisible();

    // Newest first: the stamps, then the donation. Arrows walk the lines, Enter goes into the proposals.
    const lines = page.getByRole('listbox', { name: k.lines.openList });
    await expect(lines.getByRole('option')).toHaveCount(2);
    await lines.focus();
    await page.keyboard.press('ArrowDown');
    await expect(lines.getByRole('option', { selected: true })).toContainText('Élodie Dupré');
    const proposals = page.getByRole('listbox', { name: k.lines.proposalsList });
    await expect(proposals.getByRole('option').first()).toContainText(k.lines.kind.standingOrder);
    await expect(proposals.getByRole('option').first()).toContainText('Soutien aux personnes détenues');
    await page.keyboard.press('Enter');
    await expect(proposals).toBeFocused();
    await expectAccessible(harness);
    await shootBoth(harness, 'bank-reconcile-proposal', language);

    // Nothing was matched by itself: the period is still missing until the treasurer accepts.
    expect((await seed(harness, 'standingOrders:periods', { id: order.id })).periods[0]?.state).toBe('missing');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: k.lines.accepted })).toBeVisible();
    await expect(lines.getByRole('option')).toHaveCount(1);
    await expect(lines).toBeFocused();
    const done = page.getByRole('table', { name: k.lines.doneList });
    await expect(done.getByRole('row').filter({ hasText: 'Élodie Dupré' })).toContainText(k.lines.status.reconciled);
    const periods = await seed(harness, 'standingOrders:periods', { id: order.id });
    expect(periods.periods.map((period) => period.state)).toEqual(['received']);
    await shootBoth(harness, 'bank-reconcile-done', language);
    // The stamps have no proposal: the treasurer creates the entry and asks for a rule for this counterparty.
    await expect(lines.getByRole('option', { selected: true })).toContainText('bpost');
    await page.getByRole('checkbox', { name: k.lines.saveRule }).check();
    await button(page, k.lines.splitOrCreate).click();
    const part = page.getByRole('group', { name: fill(k.lines.create.split, { number: 1 }) });
    await part.getByLabel(k.lines.create.category).selectOption({ label: s.money.ledger.categories.postage });
    await part.getByLabel(k.lines.create.fund).selectOption({ label: 'Soutien aux personnes détenues' });
    await button(page, k.lines.create.save).click();
    await expect(page.getByText(k.lines.noneOpen)).toBeVisible();
    const rules = await seed(harness, 'bankRules:list', {});
    expect(rules.rules.map((rule) => rule.counterparty)).toEqual(['bpost']);

    // The accepted proposal wrote the donation in the ledger.
    await button(page, s.money.screens.tabs.ledger).click();
    await expect(page.getByRole('main').getByRole('table')).toContainText('Élodie');
    await button(page, s.money.screens.tabs.bank).click();

    // The same statement again adds nothing: the file is recognised and refused in words.
    await button(page, k.lines.import).click();
    harness.nextImportFile = file;
    await button(page, k.importing.choose).click();
    await expect(page.locator('.bank-problems')).toContainText(s.money.bank.problems.file_already_imported);
    // French says zero in the singular, English in the plural.
    const runNone = language === 'fr' ? k.importing.run_one : k.importing.run_other;
    await expect(button(page, fill(runNone, { count: 0 }))).toBeDisabled();

    // A statement that overlaps: the line already imported is listed as such, never dropped unseen.
    const april = test.info().outputPath('releve-avril.xml');
    fs.writeFileSync(april, overlappingStatement());
    harness.nextImportFile = april;
    await button(page, k.importing.chooseAnother).click();
    await expect(facts).toContainText('releve-avril.xml');
    await expect(facts).toContainText(
      [
        fill(k.importing.entries_other, { count: 3 }),
        fill(k.importing.newLines_other, { count: 2 }),
        fill(k.importing.duplicates_one, { count: 1 }),
      ].join(' · '),
    );
    const duplicates = page.getByRole('table', { name: k.importing.duplicatesCaption });
    await expect(duplicates.getByRole('row')).toHaveCount(2);
    await expect(duplicates.getByRole('row').nth(1)).toContainText('bpost');
    await expect(duplicates.getByRole('row').nth(1)).toContainText(k.importing.duplicateReason.imported);
    await expectAccessible(harness);
    await shootBoth(harness, 'bank-camt-duplicates', language);
    await button(page, fill(k.importing.run_other, { count: 2 })).click();
    await expect(page.getByText(fill(k.importing.done_other, { count: 2 }))).toBeVisible();

    // April's stamps are proposed by the saved rule, and only proposed: the line waits for the treasurer.
    await button(page, k.importing.reconcile).click();
    await expect(lines.getByRole('option')).toHaveCount(2);
    await lines.getByRole('option').filter({ hasText: 'bpost' }).click();
    await expect(proposals.getByRole('option').first()).toContainText(k.lines.kind.rule);
    await expect(proposals.getByRole('option').first()).toContainText(s.money.ledger.categories.postage);
    await shootBoth(harness, 'bank-reconcile-rule', language);
  });

  test(`a CSV from a French bank in Windows-1252 with a decimal comma is imported (${language})`, async ({
    harness,
  }) => {
    // A cancelled run, an import, a split and an ignore, axe twice and sixteen screenshots: as above.
    test.slow();
    const s = words[language];
    const k = s.money.reconcile;
    const page = harness.page;
    await openApp(harness, language);
    await seed(harness, 'funds:create', { name: 'Fonds général', kind: 'general' });
    await seed(harness, 'funds:create', { name: 'Frais de justice', kind: 'restricted' });
    const account = await seed(harness, 'accounts:create', {
      kind: 'bank',
      name: 'Crédit Mutuel',
      currency: 'EUR',
      openingMinor: 150_000,
      openingOn: '2026-01-01',
    });
    const file = test.info().outputPath('releve-credit-mutuel.csv');
    fs.writeFileSync(file, csvBytes(CREDIT_MUTUEL_SAMPLE));

    await openReconcile(page, language);
    await button(page, k.lines.import).click();
    harness.nextImportFile = file;
    await button(page, k.importing.choose).click();
    const facts = page.locator('.bank-facts');
    await expect(facts).toContainText('CSV (credit-mutuel)');
    await expect(facts).toContainText(fill(k.importing.entries_other, { count: 4 }));
    // 1 234,56 + 1 000,00 in, 45,80 + 120,00 out: read to the cent from decimal commas and spaced thousands.
    await expect(facts).toContainText(language === 'fr' ? '2\u202f234,56\u00a0€' : '€2,234.56');
    await expect(facts).toContainText(language === 'fr' ? '165,80\u00a0€' : '€165.80');
    await expectAccessible(harness);
    await shootBoth(harness, 'bank-csv-check', language);

    // Cancelled while it runs: the screen says nothing was written, and nothing was.
    const held = harness.hold('bankImport:run');
    await button(page, fill(k.importing.run_other, { count: 4 })).click();
    await held.arrived;
    await expect(page.getByRole('status').filter({ hasText: k.importing.running })).toBeVisible();
    await button(page, k.importing.cancel).click();
    await held.release();
    await expect(page.getByText(k.importing.cancelled)).toBeVisible();
    expect((await seed(harness, 'bankLines:list', { accountId: account.id })).lines).toEqual([]);

    harness.nextImportFile = file;
    await button(page, k.importing.choose).click();
    await button(page, fill(k.importing.run_other, { count: 4 })).click();
    await expect(page.getByText(fill(k.importing.done_other, { count: 4 }))).toBeVisible();
    await button(page, k.importing.reconcile).click();
    const lines = page.getByRole('listbox', { name: k.lines.openList });
    await expect(lines.getByRole('option')).toHaveCount(4);
    // Windows-1252 read as such: the accents of the bank's text arrive intact.
    await expect(lines).toContainText('HÉLÈNE MÜLLER');
    await expect(lines).toContainText('CONCERT SOLIDARITÉ');
    await shootBoth(harness, 'bank-csv-lines', language);

    // The 1 234,56 donation is split between two funds: the second part is offered what remains.
    await lines.getByRole('option').filter({ hasText: 'HÉLÈNE MÜLLER' }).click();
    await button(page, k.lines.splitOrCreate).click();
    const c = k.lines.create;
    const part = (number: number) => page.getByRole('group', { name: fill(c.split, { number }) });
    await part(1).getByLabel(c.category).selectOption({ label: s.money.ledger.categories.donation });
    await expect(part(1).getByLabel(c.fund)).toHaveValue(/\d+/);
    await part(1)
      .getByLabel(c.amount)
      .fill(language === 'fr' ? '1 000,00' : '1,000.00');
    const remaining = language === 'fr' ? '234,56\u00a0€' : '€234.56';
    await expect(page.getByText(fill(c.remaining, { amount: remaining }))).toBeVisible();
    await expect(button(page, c.save)).toBeDisabled();
    await button(page, c.addSplit).click();
    await expect(part(2).getByLabel(c.amount)).toHaveValue(language === 'fr' ? '234,56' : '234.56');
    await part(2).getByLabel(c.category).selectOption({ label: s.money.ledger.categories.donation });
    await part(2).getByLabel(c.fund).selectOption({ label: 'Frais de justice' });
    await expect(page.getByText(c.balanced)).toBeVisible();
    await expectAccessible(harness);
    await shootBoth(harness, 'bank-csv-split', language);
    await button(page, c.save).click();
    await expect(page.getByRole('status').filter({ hasText: k.lines.accepted })).toBeVisible();
    await expect(lines.getByRole('option')).toHaveCount(3);

    // A payment already recorded elsewhere is ignored: it leaves the list, nothing is written.
    await lines.getByRole('option').filter({ hasText: 'REGIE' }).click();
    await button(page, k.lines.ignore).click();
    await expect(page.getByRole('status').filter({ hasText: k.lines.ignored })).toBeVisible();
    await expect(lines.getByRole('option')).toHaveCount(2);
    const done = page.getByRole('table', { name: k.lines.doneList });
    await expect(done.getByRole('row').filter({ hasText: 'HÉLÈNE MÜLLER' })).toContainText(k.lines.status.reconciled);
    await expect(done.getByRole('row').filter({ hasText: 'REGIE' })).toContainText(k.lines.status.ignored);

    // In the ledger: one entry of 1 234,56 in two splits, from the bank line.
    const reconciled = await seed(harness, 'bankLines:list', { accountId: account.id, status: 'reconciled' });
    const entry = await seed(harness, 'transactions:get', { id: reconciled.lines[0]?.transactionId ?? 0 });
    expect(entry.amountMinor).toBe(123_456);
    expect(entry.splits.map((split) => split.amountMinor)).toEqual([100_000, 23_456]);
    await shootBoth(harness, 'bank-csv-done', language);
  });
}
