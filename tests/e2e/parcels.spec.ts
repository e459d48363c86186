import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { button, expectReload, openNav, pageHeading, SMALL_WINDOW, STRONG_PASSPHRASE } from './support/flows';
import type { Harness } from './support/harness';
import { expectPreviewRendered, withChosenFolder } from './support/print';
import { fill, openWithNewVault, seed, seedPrisoner } from './support/registry';

const FACILITY = 'Centre pénitentiaire de Toulouse-Seysses';

/** A prison that takes parcels of clothes and books up to 5 kg, and one person held there. */
async function seedWorld(harness: Harness) {
  const facility = await seed(harness, 'facilities:create', {
    name: FACILITY,
    kind: 'remand',
    address: { country: 'FR', street: 'Route de Seysses', poBox: 'BP 85 Cedex', postcode: '31603', city: 'Muret' },
    rules: { parcelsAllowed: true, parcelMaxGrams: 5000, parcelContents: ['clothes', 'books'] },
  });
  const prisonerId = await seedPrisoner(
    harness,
    { familyName: 'Yıldız', givenNames: 'Ayşe', status: 'pretrial' },
    { facilityId: facility.id, number: '4521', from: '2025-03-01' },
  );
  return { facilityId: facility.id, prisonerId };
}

test('a parcel over the facility’s weight limit: the warning in words, saved anyway, in the Colis list, its packing list saved as PDF', async ({
  harness,
}) => {
  const page = harness.page;
  await openWithNewVault(harness);
  await seedWorld(harness);
  await page.reload();
  await openNav(page, fr.nav.prisoners);

  // From the prisoner's page: "Nouveau colis" opens the form for that person.
  await page.getByText('Yıldız', { exact: false }).first().click();
  await button(page, fr.parcels.newFor).click();
  await expect(pageHeading(page, fr.parcels.form.newTitle)).toBeVisible();

  // Keyboard-first rows: Enter in the last row adds the next one, with the cursor in its description.
  const row1 = page.getByRole('group', { name: fill(fr.parcels.form.item, { number: 1 }) });
  await row1.getByRole('textbox', { name: new RegExp(`^${fr.parcels.form.description}`) }).fill('Pull en laine');
  await row1.getByRole('spinbutton').fill('2');
  const value1 = row1.getByRole('textbox', { name: new RegExp(`^${fr.parcels.form.value}`) });
  await value1.fill('25,50');
  await value1.press('Enter');
  const row2 = page.getByRole('group', { name: fill(fr.parcels.form.item, { number: 2 }) });
  const description2 = row2.getByRole('textbox', { name: new RegExp(`^${fr.parcels.form.description}`) });
  await expect(description2).toBeFocused();
  await description2.fill('Dictionnaire turc-français');
  await row2.getByRole('combobox').selectOption('books');
  await page.getByLabel(fr.parcels.form.weight, { exact: true }).fill('7200');
  await button(page, fr.parcels.form.save).click();

  // Nothing saved yet: the rule's problem, in words, with "save anyway".
  const warnings = page.getByTestId('parcel-warnings');
  const overWeight = fill(fr.parcels.warnings.over_weight, { weight: 7200, max: 5000, facility: FACILITY });
  await expect(warnings.getByText(overWeight)).toBeVisible();
  expect((await seed(harness, 'parcels:list', {})).total).toBe(0);
  await keepScreenshot(harness, 'parcel-warning-fr-1280');
  await expectAccessible(harness);
  await button(warnings, fr.parcels.warnings.saveAnyway).click();

  await expect(pageHeading(page, fill(fr.parcels.page.title, { name: 'Ayşe Yıldız' }))).toBeVisible();
  const saved = await seed(harness, 'parcels:list', {});
  expect(saved.total).toBe(1);
  const parcel = await seed(harness, 'parcels:get', { id: saved.rows[0]?.id ?? 0 });
  expect(parcel.weightGrams).toBe(7200);
  expect(parcel.items).toEqual([
    { category: 'clothes', description: 'Pull en laine', quantity: 2, value: { minor: 2550, currency: 'EUR' } },
    { category: 'books', description: 'Dictionnaire turc-français', quantity: 1, value: null },
  ]);
  await expect(page.getByTestId('parcel-address-block')).toContainText('YILDIZ Ayşe');

  // The packing list: previewed from memory, saved only after the not-encrypted notice.
  await button(page, fr.parcels.page.printPacking).click();
  await expectPreviewRendered(page);
  await keepScreenshot(harness, 'parcel-page-fr-1280');
  await withChosenFolder(async (dir) => {
    const chosen = path.join(dir, 'colis.pdf');
    harness.nextPdfFile = chosen;
    await button(page, fr.print.output.savePdf).click();
    const dialog = page.getByRole('dialog', { name: fr.print.output.saveTitle });
    await expect(dialog.getByText(fr.print.output.warning)).toBeVisible();
    expect(fs.existsSync(chosen)).toBe(false);
    await button(dialog, fr.print.output.confirm).click();
    await expect(dialog.getByText(fill(fr.print.output.written, { file: 'colis.pdf' }))).toBeVisible();
    expect(harness.lastPdfDefaultName).toBe(`parloir-colis-${parcel.id}.pdf`);
    await button(dialog, fr.common.close).click();
    const text = execFileSync('pdftotext', ['-layout', chosen, '-'], { encoding: 'utf8' });
    expect(text).toContain('Liste de colisage');
    expect(text).toMatch(/Pull en laine\s+2\s+25,50\s€/u);
    // Kept for a look: the first page at 60 dpi.
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      chosen,
      test.info().outputPath('packing-list'),
    ]);
  });

  // The Colis list finds it, with the count, under the right filters.
  await page.getByRole('navigation').getByRole('button', { name: fr.nav.parcels, exact: true }).click();
  await expect(pageHeading(page, fr.nav.parcels)).toBeVisible();
  await expect(page.locator('.count-line')).toHaveText(fill(fr.parcels.count_one, { formatted: 1 }));
  const table = page.getByRole('table', { name: fr.parcels.title });
  await expect(table.getByText('Ayşe Yıldız')).toBeVisible();
  await page.getByLabel(fr.parcels.filters.status, { exact: true }).selectOption('sent');
  await expect(page.getByText(fr.parcels.empty)).toBeVisible();
  await page.getByLabel(fr.parcels.filters.status, { exact: true }).selectOption('prepared');
  await expect(table.getByText('Ayşe Yıldız')).toBeVisible();
  // The person filter is the vault's search, not a list of everyone: typed in Latin letters, chosen, removed.
  await page.getByRole('combobox', { name: fr.parcels.filters.prisoner }).fill('yildiz');
  await expect(page.getByRole('option', { name: /Yıldız Ayşe/u })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(table.getByText('Ayşe Yıldız')).toBeVisible();
  await button(page, fill(fr.prisonerPicker.clear, { name: 'Yıldız Ayşe' })).click();
  await expect(page.getByRole('combobox', { name: fr.parcels.filters.prisoner })).toBeVisible();
  await keepScreenshot(harness, 'parcels-list-fr-1280');
  await expectAccessible(harness);
});

test('in English at 1024 px: amounts typed with a decimal point, the list and the form', async ({ harness }) => {
  const page = harness.page;
  await page.setViewportSize(SMALL_WINDOW);
  await seed(harness, 'vault:create', { passphrase: STRONG_PASSPHRASE });
  harness.app.context.preferences.set({ ...harness.app.context.preferences.get(), language: 'en' });
  const { prisonerId } = await seedWorld(harness);
  await seed(harness, 'parcels:create', {
    prisonerId,
    preparedOn: '2026-10-02',
    sentOn: '2026-10-03',
    status: 'returned',
    issueReason: 'moved',
    weightGrams: 1200,
    items: [{ category: 'books', description: 'Novel', quantity: 1 }],
  });
  await harness.open();
  await expect(pageHeading(page, en.nav.dashboard)).toBeVisible();

  await page.getByRole('navigation').getByRole('button', { name: en.nav.parcels, exact: true }).click();
  await page.getByLabel(en.parcels.filters.needsAction, { exact: true }).check();
  await expect(page.locator('.count-line')).toHaveText(fill(en.parcels.count_one, { formatted: 1 }));
  await keepScreenshot(harness, 'parcels-list-en-1024');
  await expectAccessible(harness);

  await button(page, en.parcels.new).click();
  // The person is found through the vault's search, in Latin letters for a Turkish name; nothing is listed before.
  const picker = page.getByRole('listbox', { name: en.parcels.form.prisoner, exact: true });
  await expect(page.getByText(en.prisonerPicker.typeFirst)).toBeVisible();
  await expect(picker.getByRole('option')).toHaveCount(0);
  await page.getByLabel(fill(en.prisonerPicker.search, { label: en.parcels.form.prisoner })).fill('yildiz');
  await expect(picker.getByRole('option', { name: /^Yıldız Ayşe · 4521/u })).toBeVisible();
  await picker.selectOption(String(prisonerId));
  const row1 = page.getByRole('group', { name: fill(en.parcels.form.item, { number: 1 }) });
  const description1 = row1.getByRole('textbox', { name: new RegExp(`^${en.parcels.form.description}`) });
  await description1.fill('Warm jumper');

  // Locked half-filled: kept as a draft inside the vault, the form comes back with the person chosen.
  await button(page, en.frame.lock).click();
  const warning = page.getByRole('dialog', { name: en.drafts.lockWarning.title });
  await expectReload(page, () => button(warning, en.drafts.lockWarning.keepAndLock).click());
  await expect(pageHeading(page, en.unlock.title)).toBeVisible();
  await page.getByLabel(en.unlock.passphrase, { exact: true }).fill(STRONG_PASSPHRASE);
  await button(page, en.unlock.submit).click();
  await expect(pageHeading(page, en.parcels.form.newTitle)).toBeVisible();
  await expect(description1).toHaveValue('Warm jumper');
  await expect(picker).toHaveValue(String(prisonerId));
  await expect(picker.getByRole('option', { name: /^Yıldız Ayşe · 4521/u })).toBeVisible();
  const value = row1.getByRole('textbox', { name: new RegExp(`^${en.parcels.form.value}`) });
  // The French way is not an amount in English: said, not guessed.
  await value.fill('12,50');
  await page.getByLabel(en.parcels.form.weight, { exact: true }).fill('900');
  await button(page, en.parcels.form.save).click();
  await expect(row1.getByText(en.parcels.form.amountInvalid)).toBeVisible();
  await keepScreenshot(harness, 'parcel-form-en-1024');
  await value.fill('12.50');
  await button(page, en.parcels.form.save).click();
  await expect(pageHeading(page, fill(en.parcels.page.title, { name: 'Ayşe Yıldız' }))).toBeVisible();
  const list = await seed(harness, 'parcels:list', { sort: 'date', direction: 'desc' });
  const newest = await seed(harness, 'parcels:get', { id: list.rows[0]?.id ?? 0 });
  expect(newest.items[0]?.value).toEqual({ minor: 1250, currency: 'EUR' });
  await keepScreenshot(harness, 'parcel-page-en-1024');
});
