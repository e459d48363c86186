import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { InputOf } from '../../shared/contract';
import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import { DEFAULT_NO_LETTER_DAYS } from '../../shared/settings/settings.schemas';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import {
  button,
  expectNoSidewaysScroll,
  expectReload,
  openNav,
  pageHeading,
  SMALL_WINDOW,
  STRONG_PASSPHRASE,
  submitUnlock,
} from './support/flows';
import type { Harness } from './support/harness';
import { withChosenFolder } from './support/print';
import { fill, openWithNewVault, seed } from './support/registry';

type Rules = NonNullable<InputOf<'facilities:create'>['rules']>;
const rules: Rules = {
  lettersAllowed: true,
  maxPages: 6,
  photosAllowed: true,
  maxPhotos: 5,
  stampsAllowed: true,
  senderAddressRequired: false,
  languages: ['fr', 'en'],
};
const WIDE = { width: 1280, height: 800 };

/** A prison with known rules and these people held there, all with the tag; the app reloaded on the list. */
async function seedGroup(harness: Harness, tagName: string, familyNames: string[]): Promise<void> {
  const facility = await seed(harness, 'facilities:create', {
    name: 'Centre pénitentiaire de Fresnes',
    kind: 'prison',
    address: { country: 'FR', street: 'Allée des Thuyas', postcode: '94260', city: 'Fresnes' },
    rules,
  });
  const tag = await seed(harness, 'tags:create', { name: tagName });
  for (const [i, familyName] of familyNames.entries()) {
    const detail = await seed(harness, 'prisoners:create', {
      prisoner: { familyName, givenNames: 'Camille' },
      stay: { facilityId: facility.id, prisonerNumber: String(50100 + i), from: '2024-03-01', startReason: 'arrest' },
    });
    await seed(harness, 'prisoners:setTags', { prisonerId: detail.prisoner.id, tagIds: [tag.id] });
  }
  await seed(harness, 'members:create', { pseudonym: 'Hirondelle' });
  await harness.page.reload();
}

const gridCell = (page: Page, row: number, column: string, language: 'fr' | 'en' = 'fr') => {
  const t = language === 'fr' ? fr : en;
  return page.getByLabel(`${fill(t.evenings.grid.row, { n: row })}, ${column}`, { exact: true });
};

/** Where each name first appears in the PDF's text: the envelopes' order. */
function orderInPdf(file: string, names: string[]): number[] {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return names.map((name) => text.indexOf(name));
}

const FAMILIES = [
  'Abadie',
  'Bernard',
  'Chevalier',
  'Dubois',
  'Étienne',
  'Fournier',
  'Garnier',
  'Hubert',
  'Imbert',
  'Joly',
];

test('une soirée d’écriture pour une étiquette : 10 lettres notées au clavier, enveloppes imprimées dans l’ordre des lignes', async ({
  harness,
}) => {
  const page = harness.page;
  await openWithNewVault(harness);
  await seedGroup(harness, 'Soirée de décembre', FAMILIES);

  await openNav(page, fr.nav.evenings);
  await expect(page.getByText(fr.evenings.empty)).toBeVisible();
  await button(page, fr.evenings.new).first().click();
  await expect(pageHeading(page, fr.evenings.newTitle)).toBeVisible();
  await page.getByLabel(fr.evenings.form.heldOn).fill('2026-12-03');
  await page.getByLabel(fr.evenings.form.place).fill('Local de la CNT');
  await page.getByLabel(fr.evenings.form.place).press('Enter');
  await expect(pageHeading(page, fill(fr.evenings.title, { date: '3 décembre 2026' }))).toBeVisible();
  await expect(page.getByText(fr.evenings.grid.empty)).toBeVisible();

  // Step 1: by tag, every one ticked, each with their last letter (none yet).
  await page.getByLabel(fr.evenings.chooser.tag, { exact: true }).selectOption({ label: 'Soirée de décembre' });
  const candidates = page.getByRole('table', { name: fr.evenings.chooser.tableLabel });
  await expect(candidates.locator('tbody tr')).toHaveCount(10);
  await expect(candidates.locator('tbody tr').first()).toContainText(fr.evenings.chooser.noLetterYet);
  await page.getByLabel(fr.evenings.chooser.all).check();
  await keepScreenshot(harness, 'evening-01-chooser-fr-1280');
  await expectAccessible(harness);
  await button(page, fill(fr.evenings.chooser.add_other, { count: 10 })).click();

  // Step 2: one row per person. The first row goes, then Enter in the last row's last cell adds a row for the one
  // person left without a letter, with the cursor in its first cell.
  const grid = page.getByRole('table', { name: fr.evenings.grid.tableLabel });
  await expect(grid.locator('tbody tr')).toHaveCount(10);
  // The keyboard goes on in the grid: the first added row has the cursor.
  await expect(gridCell(page, 1, fr.evenings.grid.columns.prisoner)).toBeFocused();
  await button(page, fill(fr.evenings.grid.removeRow, { n: 1 })).click();
  await expect(grid.locator('tbody tr')).toHaveCount(9);
  await gridCell(page, 9, fr.evenings.grid.columns.summary).press('Enter');
  await expect(grid.locator('tbody tr')).toHaveCount(10);
  const added = gridCell(page, 10, fr.evenings.grid.columns.prisoner);
  await expect(added).toBeFocused();
  await expect(added.locator('option:checked')).toHaveText('Abadie Camille');
  // Tab goes through the cells in order: writer, pages, photos, stamps, language, status, summary.
  await page.keyboard.press('Tab');
  await expect(gridCell(page, 10, fr.evenings.grid.columns.writer)).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('3');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('fr');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Joyeux anniversaire');
  await expect(gridCell(page, 10, fr.evenings.grid.columns.summary)).toHaveValue('Joyeux anniversaire');
  await expect(gridCell(page, 10, fr.evenings.grid.columns.stamps)).toHaveValue('1');
  await gridCell(page, 1, fr.evenings.grid.columns.writer).selectOption({ label: 'Hirondelle' });
  for (let row = 1; row <= 9; row++) await gridCell(page, row, fr.evenings.grid.columns.pages).fill('2');
  await keepScreenshot(harness, 'evening-02-grid-fr-1280');
  await expectAccessible(harness);
  await page.setViewportSize(SMALL_WINDOW);
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, 'evening-03-grid-fr-1024');
  await page.setViewportSize(WIDE);

  await button(page, fill(fr.evenings.grid.save_other, { count: 10 })).click();
  await expect(page.getByText(fill(fr.evenings.grid.saved_other, { count: 10 }))).toBeVisible();
  const logged = page.getByRole('table', { name: fr.evenings.logged.tableLabel });
  await expect(logged.locator('tbody tr')).toHaveCount(10);
  await expect(logged.locator('tbody tr').first()).toContainText('Bernard Camille');
  await expect(logged.locator('tbody tr').first()).toContainText('Hirondelle');
  await expect(logged.locator('tbody tr').last()).toContainText('Abadie Camille');
  const letters = await seed(harness, 'letters:list', {});
  expect(letters.total).toBe(10);

  // Step 3: the Print page opens on the evening's letters.
  await button(page, fr.evenings.logged.print).click();
  await expect(pageHeading(page, fr.nav.print)).toBeVisible();
  await expect(page.getByTestId('print-evening')).toContainText(
    fill(fr.evenings.print.banner_other, { count: 10, date: '3 décembre 2026' }),
  );
  await page.getByRole('radio', { name: fr.print.what.envelopes }).check();
  await page.getByLabel(fr.print.envelope.format).selectOption('DL');
  await expect(page.getByTestId('print-recipients')).toHaveText(fill(fr.print.who.recipients_other, { count: 10 }));
  await expect(page.getByText(fr.print.who.introEvening)).toBeVisible();
  await expect(page.getByText(fr.print.who.intro)).toHaveCount(0);
  await button(page, fr.print.preview.make).click();
  await expect(page.getByTestId('print-preview-canvas')).toHaveAttribute('data-rendered', '1');
  await keepScreenshot(harness, 'evening-04-print-fr-1280');
  await page.setViewportSize(SMALL_WINDOW);
  await keepScreenshot(harness, 'evening-05-print-fr-1024');
  await withChosenFolder(async (dir) => {
    const chosen = path.join(dir, 'enveloppes.pdf');
    harness.nextPdfFile = chosen;
    await button(page, fr.print.output.savePdf).click();
    const dialog = page.getByRole('dialog', { name: fr.print.output.saveTitle });
    await button(dialog, fr.print.output.confirm).click();
    await expect(dialog.getByRole('status')).toContainText('enveloppes.pdf');
    expect(fs.existsSync(chosen)).toBe(true);
    // The names in the order of the rows (Abadie last), not in the alphabetical order of a filtered selection.
    const order = orderInPdf(
      chosen,
      [...FAMILIES.slice(1), FAMILIES[0] ?? ''].map((f) => f.toUpperCase()),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

test('a writing evening in English: chosen by name, a rule warning saved anyway, labels for its letters', async ({
  harness,
}) => {
  const page = harness.page;
  await openWithNewVault(harness);
  await seed(harness, 'settings:set', { language: 'en' });
  await seedGroup(harness, 'December evening', ['Yıldız', 'Nowak', 'Okafor']);
  await expect(page.getByRole('navigation').getByRole('button', { name: en.nav.evenings, exact: true })).toBeVisible();
  await openNav(page, en.nav.evenings);
  await button(page, en.evenings.new).first().click();
  await page.getByLabel(en.evenings.form.heldOn).fill('2026-12-10');
  await button(page, en.evenings.form.create).click();
  await expect(pageHeading(page, fill(en.evenings.title, { date: '10 December 2026' }, 'en'))).toBeVisible();

  // No letter for the group's own wait (its setting, as on Home): no one has had one yet, so all three.
  const ways = page.getByRole('group', { name: en.evenings.chooser.ways });
  await ways.getByRole('button', { name: en.evenings.chooser.way.noLetter }).click();
  await expect(page.getByLabel(en.evenings.chooser.days)).toHaveValue(String(DEFAULT_NO_LETTER_DAYS));
  await expect(page.getByRole('table', { name: en.evenings.chooser.tableLabel }).locator('tbody tr')).toHaveCount(3);
  // By hand: a name, accents aside.
  await ways.getByRole('button', { name: en.evenings.chooser.way.name }).click();
  await page.getByLabel(en.evenings.chooser.name).fill('yildiz');
  const candidates = page.getByRole('table', { name: en.evenings.chooser.tableLabel });
  await expect(candidates.locator('tbody tr')).toHaveCount(1);
  await page.getByLabel(fill(en.evenings.chooser.pick, { name: 'Yıldız Camille' }, 'en')).check();
  await button(page, fill(en.evenings.chooser.add_one, { count: 1 }, 'en')).click();
  await page.getByLabel(en.evenings.chooser.name).fill('okafor');
  await expect(candidates.locator('tbody tr')).toHaveCount(1);
  await page.getByLabel(fill(en.evenings.chooser.pick, { name: 'Okafor Camille' }, 'en')).check();
  await button(page, fill(en.evenings.chooser.add_one, { count: 1 }, 'en')).click();

  // Nine pages where the prison allows six: the warning names the row, nothing is saved until "save anyway".
  await gridCell(page, 1, en.evenings.grid.columns.pages, 'en').fill('9');
  await gridCell(page, 2, en.evenings.grid.columns.pages, 'en').fill('2');
  await keepScreenshot(harness, 'evening-06-grid-en-1280');
  await button(page, fill(en.evenings.grid.save_other, { count: 2 }, 'en')).click();
  const warnings = page.getByTestId('evening-warnings');
  await expect(warnings).toContainText(
    fill(en.evenings.grid.rowWarning, { n: 1, name: 'Yıldız Camille', text: '' }, 'en'),
  );
  expect((await seed(harness, 'letters:list', {})).total).toBe(0);
  await expect(button(page, en.evenings.grid.saveAnyway)).toBeFocused();
  await page.setViewportSize(SMALL_WINDOW);
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, 'evening-07-warning-en-1024');
  await expectAccessible(harness);
  await page.keyboard.press('Enter');
  await expect(page.getByText(fill(en.evenings.grid.saved_other, { count: 2 }, 'en'))).toBeVisible();

  await button(page, en.evenings.logged.print).click();
  await expect(page.getByTestId('print-evening')).toContainText(
    fill(en.evenings.print.banner_other, { count: 2, date: '10 December 2026' }, 'en'),
  );
  await expect(page.getByTestId('print-recipients')).toHaveText(
    fill(en.print.who.recipients_other, { count: 2 }, 'en'),
  );
  await keepScreenshot(harness, 'evening-08-print-en-1024');
  await page.setViewportSize(WIDE);
  await keepScreenshot(harness, 'evening-09-print-en-1280');

  // The list of evenings: the date, and how many letters.
  await openNav(page, en.nav.evenings);
  const list = page.getByRole('table', { name: en.evenings.tableLabel });
  await expect(list.locator('tbody tr')).toHaveCount(1);
  await expect(list.locator('tbody tr').first()).toContainText(fill(en.evenings.letters_other, { count: 2 }, 'en'));
  await keepScreenshot(harness, 'evening-10-list-en-1280');
  await expectAccessible(harness);
});

test('the idle lock keeps the evening’s people and unsaved rows; they come back after the unlock', async ({
  harness,
}) => {
  const page = harness.page;
  await page.clock.install();
  await openWithNewVault(harness);
  await seed(harness, 'settings:set', { autoLockMinutes: 1 });
  await seedGroup(harness, 'Soirée de janvier', ['Abadie', 'Bernard']);
  await seed(harness, 'evenings:create', { heldOn: '2027-01-14' });
  await page.reload();
  await openNav(page, fr.nav.evenings);
  await button(page, '14 janvier 2027').click();
  await page.getByLabel(fr.evenings.chooser.tag, { exact: true }).selectOption({ label: 'Soirée de janvier' });
  await page.getByLabel(fr.evenings.chooser.all).check();
  await button(page, fill(fr.evenings.chooser.add_other, { count: 2 })).click();
  await gridCell(page, 2, fr.evenings.grid.columns.pages).fill('4');

  await expectReload(page, () => page.clock.fastForward('01:05'));
  await expect(pageHeading(page, fr.unlock.title)).toBeVisible();
  await submitUnlock(page, 'passphrase', STRONG_PASSPHRASE);
  await expect(pageHeading(page, fill(fr.evenings.title, { date: '14 janvier 2027' }))).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: fr.drafts.restored })).toBeVisible();
  await expect(gridCell(page, 2, fr.evenings.grid.columns.pages)).toHaveValue('4');
  await expect(gridCell(page, 1, fr.evenings.grid.columns.prisoner).locator('option:checked')).toHaveText(
    'Abadie Camille',
  );
  expect((await seed(harness, 'letters:list', {})).total).toBe(0);
});
