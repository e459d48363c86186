import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import type { Harness } from './support/harness';
import { button, expectNoSidewaysScroll, openNav, pageHeading, SMALL_WINDOW } from './support/flows';
import { expectCount, fill, openWithNewVault, searchBox, seed, seedFacility, seedPrisoner } from './support/registry';

/** More prisoners than one page of the list (200 a call): "select all" must take those not loaded yet. */
const FILLER = 210;
const LONG_NAME = 'Papadopoulou-Konstantinidou Aikaterini-Eleftheria Maria-Theodora';

const PEOPLE: [string, string, 'FR' | 'GR'][] = [
  ['Aubert', 'Camille', 'FR'],
  ['Aubry', 'Lou', 'FR'],
  ['Benali', 'Sami', 'FR'],
  ['Bertin', 'Noé', 'FR'],
  ['Παπαδόπουλος', 'Νίκος', 'GR'],
  ['Иванова', 'Юлия', 'FR'],
];

type Strings = typeof fr;

function table(page: Page, t: Strings) {
  return page.getByRole('table', { name: t.prisoners.tableLabel });
}

function rowBox(page: Page, t: Strings, name: string) {
  return table(page, t).getByRole('checkbox', { name: fill(t.prisoners.selection.row, { name }), exact: true });
}

function bulkBar(page: Page, t: Strings) {
  return page.getByRole('region', { name: t.prisoners.selection.actions });
}

async function expectSelected(page: Page, t: Strings, count: number, locale: string) {
  const key = count === 1 ? t.prisoners.selection.count_one : t.prisoners.selection.count_other;
  await expect(bulkBar(page, t).locator('.bulk-count')).toHaveText(
    fill(key, { formatted: new Intl.NumberFormat(locale).format(count) }),
  );
}

/** Ticks the first row, then Shift+clicks the third: three rows, and the tags column shown. */
async function selectThree(page: Page, t: Strings, locale: string) {
  await rowBox(page, t, 'Aubert Camille').check();
  await rowBox(page, t, 'Benali Sami').click({ modifiers: ['Shift'] });
  await expectSelected(page, t, 3, locale);
}

async function shoot(page: Page, name: string, harness: Harness) {
  await keepScreenshot(harness, name);
  await page.setViewportSize(SMALL_WINDOW);
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, `${name}-1024`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Six people with a current stay (two in Greek and Cyrillic letters), one long name, and `filler` more. */
async function seedList(harness: Harness, filler: number) {
  await openWithNewVault(harness);
  const fresnes = await seedFacility(harness, 'Centre pénitentiaire de Fresnes', 'Fresnes', 'FR', '94260');
  const korydallos = await seedFacility(harness, 'Κατάστημα Κράτησης Κορυδαλλού', 'Κορυδαλλός', 'GR', '18110');
  const hunger = await seed(harness, 'tags:create', { name: 'Grève de la faim' });
  await seed(harness, 'tags:create', { name: 'Procès de Lyon' });
  for (const [familyName, givenNames, at] of PEOPLE) {
    await seedPrisoner(
      harness,
      { familyName, givenNames, status: 'pretrial', notes: familyName === 'Aubry' ? 'Écrit en anglais' : null },
      { facilityId: at === 'GR' ? korydallos : fresnes, number: `N-${familyName}`, from: '2024-03-01' },
    );
  }
  await seedPrisoner(harness, { familyName: LONG_NAME, status: 'sentenced' });
  for (let i = 0; i < filler; i += 1)
    await seedPrisoner(harness, { familyName: `Zimmer${String(i).padStart(3, '0')}` });
  const total = PEOPLE.length + 1 + filler;
  await harness.page.reload();
  await openNav(harness.page, fr.nav.prisoners);
  await expectCount(
    harness.page,
    fill(fr.prisoners.count_other, { formatted: new Intl.NumberFormat('fr-FR').format(total) }),
  );
  return { hunger, total };
}

async function showColumns(page: Page, t: Strings, columns: ('tags' | 'notes')[]) {
  await page.locator('.column-chooser summary').click();
  const chooser = page.getByRole('group', { name: t.prisoners.optionalColumns.legend });
  for (const column of columns) await chooser.getByLabel(t.prisoners.optionalColumns[column]).check();
  await page.locator('.column-chooser summary').click();
}

test('search reads Greek and Cyrillic from Latin letters; long names end in an ellipsis; columns; the list in English', async ({
  harness,
}) => {
  const page = harness.page;
  await seedList(harness, 0);
  // Search: Latin letters find the Greek and Cyrillic names, and Greek letters find them too.
  const hits = page.getByRole('listbox', { name: fr.search.results });
  await searchBox(page).fill('papadopoulos');
  await expect(hits.getByRole('option')).toHaveCount(1);
  await expect(hits.getByRole('option')).toContainText('Παπαδόπουλος Νίκος');
  await searchBox(page).fill('nikos');
  await expect(hits.getByRole('option')).toContainText('Παπαδόπουλος Νίκος');
  await searchBox(page).fill('ivanova yuliya');
  await expect(hits.getByRole('option')).toContainText('Иванова Юлия');
  await searchBox(page).fill('Κορυδαλλ');
  await expect(hits.getByRole('option', { name: /Κατάστημα Κράτησης Κορυδαλλού/ })).toBeVisible();
  await searchBox(page).fill('korydal');
  await expect(hits.getByRole('option', { name: /Κατάστημα Κράτησης Κορυδαλλού/ })).toBeVisible();
  await searchBox(page).press('Escape');

  // A long name is cut with an ellipsis in its cell, whole on hover and for screen readers.
  const list = table(page, fr);
  const long = list.getByRole('button', { name: LONG_NAME, exact: true });
  await page.setViewportSize(SMALL_WINDOW);
  await expect(long).toBeVisible();
  expect(await long.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await expect(long.locator('xpath=..')).toHaveAttribute('title', LONG_NAME);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByTestId('prisoner-table-scroll').evaluate((el) => el.scrollTo(0, 0));

  // Choosable columns: tags, expected release, notes.
  await showColumns(page, fr, ['tags', 'notes']);
  await expect(list.getByRole('columnheader', { name: fr.prisoners.optionalColumns.tags })).toBeVisible();
  await expect(list.locator('tbody tr', { hasText: 'Aubry Lou' })).toContainText(fr.prisoners.hasNotes);

  // The same list in English.
  await seed(harness, 'settings:set', { language: 'en' });
  await page.reload();
  await openNav(page, en.nav.prisoners);
  await showColumns(page, en, ['tags', 'notes']);
  await selectThree(page, en, 'en-GB');
  const bar = bulkBar(page, en);
  await bar.getByLabel(en.prisoners.selection.tag, { exact: true }).selectOption({ label: 'Grève de la faim' });
  await button(bar, en.prisoners.selection.addTag).click();
  await expect(bar.getByRole('status').filter({ hasText: 'Grève' })).toContainText(
    fill(en.prisoners.selection.added_other, { tag: 'Grève de la faim', count: 3 }),
  );
  await shoot(page, 'list-en', harness);
  await expectAccessible(harness);
});

test('the prisoner list selects (box, Shift+click, Space, all filtered) and tags, exports and prints the selection', async ({
  harness,
}) => {
  const page = harness.page;
  const { hunger, total } = await seedList(harness, FILLER);
  const list = table(page, fr);
  await showColumns(page, fr, ['tags', 'notes']);

  // Selection: a box, Shift+click for the range, Space on a focused box.
  await selectThree(page, fr, 'fr-FR');
  await expect(rowBox(page, fr, 'Aubry Lou')).toBeChecked();
  await rowBox(page, fr, 'Bertin Noé').focus();
  await page.keyboard.press('Space');
  await expectSelected(page, fr, 4, 'fr-FR');
  await page.keyboard.press('Space');
  await expectSelected(page, fr, 3, 'fr-FR');

  // Add a tag to the three, in one call; the tags column shows it.
  const bar = bulkBar(page, fr);
  await bar.getByLabel(fr.prisoners.selection.tag, { exact: true }).selectOption({ label: 'Grève de la faim' });
  await button(bar, fr.prisoners.selection.addTag).click();
  await expect(bar.getByRole('status').filter({ hasText: 'Grève' })).toHaveText(
    `${fill(fr.prisoners.selection.added_other, { tag: 'Grève de la faim', count: 3 })}${fr.prisoners.selection.undo}`,
  );
  for (const name of ['Aubert Camille', 'Aubry Lou', 'Benali Sami'])
    await expect(list.locator('tbody tr', { hasText: name })).toContainText('Grève de la faim');
  await shoot(page, 'list-fr', harness);
  await expectAccessible(harness);

  // Remove it from them, then undo: the three carry it again, and no one else got it.
  await button(bar, fr.prisoners.selection.removeTag).click();
  await expect(bar.getByRole('status').filter({ hasText: 'Grève' })).toContainText(
    fill(fr.prisoners.selection.removed_other, { tag: 'Grève de la faim', count: 3 }),
  );
  await expect(list.locator('tbody tr', { hasText: 'Aubry Lou' })).not.toContainText('Grève de la faim');
  await button(bar, fr.prisoners.selection.undo).click();
  await expect(bar.getByText(fr.prisoners.selection.undone)).toBeVisible();
  await expect(list.locator('tbody tr', { hasText: 'Aubry Lou' })).toContainText('Grève de la faim');
  const carriers = await seed(harness, 'prisoners:list', { tagIds: [hunger.id] });
  expect(carriers.rows.map((p) => p.familyName)).toEqual(['Aubert', 'Aubry', 'Benali']);

  // Export the selection only.
  const exported = test.info().outputPath('selection.csv');
  harness.nextExportFile = exported;
  await button(bar, fr.export.button).click();
  const dialog = page.getByRole('dialog', { name: fr.export.title });
  await button(dialog, fr.export.confirm).click();
  await expect(dialog.getByRole('status')).toHaveText(
    fill(fr.export.written_other, { count: 3, file: 'selection.csv' }),
  );
  const csv = fs.readFileSync(exported, 'utf8').trim().split('\r\n');
  expect(csv.slice(1).map((line) => line.split(';')[0])).toEqual(['Aubert', 'Aubry', 'Benali']);
  await button(dialog, fr.common.close).click();

  // Select every filtered prisoner, those not loaded yet included; the header box unticks them all.
  await button(
    bar,
    fill(fr.prisoners.selection.selectAll_other, { formatted: new Intl.NumberFormat('fr-FR').format(total) }),
  ).click();
  await expectSelected(page, fr, total, 'fr-FR');
  await expect(list.getByRole('checkbox', { name: fr.prisoners.selection.all })).toBeChecked();
  await list.getByRole('checkbox', { name: fr.prisoners.selection.all }).uncheck();
  await expect(bar).toBeHidden();

  // Print labels for the selection: the print page starts with those people only.
  await selectThree(page, fr, 'fr-FR');
  await button(bulkBar(page, fr), fr.prisoners.selection.print).click();
  await expect(pageHeading(page, fr.nav.print)).toBeVisible();
  await expect(page.getByText(fill(fr.print.who.fromList_other, { count: 3 }))).toBeVisible();
  await expect(page.getByTestId('print-recipients')).toHaveText(fill(fr.print.who.recipients_other, { count: 3 }));
  await button(page, fr.print.who.useFilters).click();
  await expect(page.getByTestId('print-recipients')).toHaveText(
    fill(fr.print.who.recipients_other, { count: PEOPLE.length }),
  );
});
