import fs from 'node:fs';
import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import { importLimits } from '../../shared/import-export/import-export.schemas';
import { writeManyRowsCsv, writeWideCsv } from '../fixtures/csv/generated-csv';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { button, expectNoSidewaysScroll, field, pageHeading, SMALL_WINDOW } from './support/flows';
import { expectCount, fill, openWithNewVault, seed } from './support/registry';

const HEADER = 'Nom;Prénom;Numéro d’écrou;Prison;Ville;Pays;Depuis;Tags';
const KAYA = 'Kaya;Deniz;TR-1001;Silivri Cezaevi;Silivri;TR;02/05/2024;Procès d’Istanbul';
const NOWAK = 'Nowak;Łucja;PL-77;Areszt Śledczy Warszawa-Mokotów;Warszawa;PL;2025-01-10;';

test('import a spreadsheet: a bad row is shown in words and nothing is written; the fixed file imports; export warns first', async ({
  harness,
}) => {
  const page = harness.page;
  const badFile = test.info().outputPath('prisonniers.csv');
  const fixedFile = test.info().outputPath('prisonniers-corrige.csv');
  // The second row has no name: a spreadsheet as people keep them, with an accident in it.
  fs.writeFileSync(
    badFile,
    `\uFEFF${[HEADER, KAYA, ';Ahmet;TR-1002;Silivri Cezaevi;Silivri;TR;03/05/2024;', NOWAK].join('\r\n')}\r\n`,
  );
  fs.writeFileSync(
    fixedFile,
    `\uFEFF${[HEADER, KAYA, 'Demir;Ahmet;TR-1002;Silivri Cezaevi;Silivri;TR;03/05/2024;', NOWAK].join('\r\n')}\r\n`,
  );
  await openWithNewVault(harness);

  // From the empty list; cancelling the file dialog leaves the screen as it was.
  await page.getByRole('main').locator('.empty-state').getByRole('button', { name: fr.prisoners.import }).click();
  await expect(pageHeading(page, fr.import.title)).toBeVisible();
  harness.nextImportFile = null;
  await button(page, fr.import.choose).click();
  await expect(button(page, fr.import.choose)).toBeEnabled();
  await expect(page.getByText(fr.import.intro)).toBeVisible();
  await keepScreenshot(harness, '50-import-start');
  await expectAccessible(harness);

  harness.nextImportFile = badFile;
  await button(page, fr.import.choose).click();
  await expect(page.getByText(fill(fr.import.fileSummary_other, { file: 'prisonniers.csv', count: 3 }))).toBeVisible();
  // The mapping is guessed from the French headers.
  await expect(field(page, `${fr.importField.familyName} ${fr.import.required}`)).toHaveValue('0');
  await expect(field(page, fr.importField.prisonerNumber)).toHaveValue('2');
  await expect(field(page, fr.importField.stayFrom)).toHaveValue('6');
  await expect(page.getByRole('region', { name: fr.import.previewHeading })).toContainText('Łucja');
  await page.setViewportSize(SMALL_WINDOW);
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, '51-import-mapping-1024x700');
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectAccessible(harness);

  await button(page, fr.import.check).click();
  const problems = page.getByRole('table', { name: fr.import.problemsCaption });
  await expect(problems.getByRole('row')).toHaveCount(2);
  const problem = problems.getByRole('row').nth(1).getByRole('cell');
  await expect(problem).toHaveText(['3', fr.importField.familyName, fr.importProblem.required, '']);
  await expect(page.getByText(fr.import.fixAndRetry)).toBeVisible();
  await expect(button(page, fill(fr.import.run_other, { count: 2 }))).toBeDisabled();
  await keepScreenshot(harness, '52-import-problems');
  await expectAccessible(harness);
  expect((await seed(harness, 'prisoners:list', {})).total).toBe(0);

  // The user fixes the spreadsheet and chooses it again.
  harness.nextImportFile = fixedFile;
  await button(page, fr.import.chooseAnother).click();
  await expect(
    page.getByText(fill(fr.import.fileSummary_other, { file: 'prisonniers-corrige.csv', count: 3 })),
  ).toBeVisible();
  await button(page, fr.import.check).click();
  await expect(page.getByText(fill(fr.import.readyRows_other, { count: 3 }))).toBeVisible();
  await expect(page.getByText(fill(fr.import.newFacilities_other, { count: 2 }))).toBeVisible();
  await expect(page.getByText(fill(fr.import.newTags_one, { count: 1 }))).toBeVisible();
  await expect(page.getByRole('table', { name: fr.import.problemsCaption })).toHaveCount(0);
  await button(page, fill(fr.import.run_other, { count: 3 })).click();
  await expect(page.getByText(fill(fr.import.done_other, { count: 3 }))).toBeVisible();
  await expect(page.getByText(fill(fr.import.doneFacilities_other, { count: 2 }))).toBeVisible();
  await expect(page.getByText(fill(fr.import.doneTags_one, { count: 1 }))).toBeVisible();
  await keepScreenshot(harness, '53-import-done');
  await expectAccessible(harness);

  await button(page, fr.import.seeList).click();
  await expectCount(page, fill(fr.prisoners.count_other, { formatted: '3' }));
  await expect(page.getByRole('table', { name: fr.prisoners.tableLabel })).toContainText('Nowak Łucja');

  // Export: the dialog warns that the file is not encrypted before the save dialog; cancelling it writes nothing.
  const exported = test.info().outputPath('export.csv');
  harness.nextExportFile = null;
  await button(page, fr.export.button).click();
  const dialog = page.getByRole('dialog', { name: fr.export.title });
  await expect(dialog.getByText(fr.export.warning)).toBeVisible();
  await expect(button(dialog, fr.common.cancel)).toBeFocused();
  await keepScreenshot(harness, '54-export-warning');
  await expectAccessible(harness);
  await button(dialog, fr.export.confirm).click();
  await expect(dialog).toBeHidden();
  expect(fs.existsSync(exported)).toBe(false);

  harness.nextExportFile = exported;
  await button(page, fr.export.button).click();
  await button(dialog, fr.export.confirm).click();
  await expect(dialog.getByRole('status')).toHaveText(fill(fr.export.written_other, { count: 3, file: 'export.csv' }));
  const text = fs.readFileSync(exported, 'utf8');
  for (const name of ['Kaya', 'Demir', 'Nowak', 'Łucja']) expect(text).toContain(name);
  await button(dialog, fr.common.close).click();
  await expect(dialog).toBeHidden();
});

/** French and English figures as the screen writes them (a narrow no-break space in French thousands). */
const figure = (value: number, locale: 'fr' | 'en') =>
  new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB').format(value);

test('the import says its limits, refuses a file beyond them in words, and counts the problems it does not list', async ({
  harness,
}) => {
  // Two languages, each reading a file of 100,001 rows to the end and running axe four times: on a loaded machine this
  // takes longer than the usual budget (it timed out at 90 s under a load of 15).
  test.slow();
  const page = harness.page;
  const tooLong = test.info().outputPath('trop-de-lignes.csv');
  const tooWide = test.info().outputPath('trop-de-colonnes.csv');
  const broken = test.info().outputPath('mal-rempli.csv');
  writeManyRowsCsv(tooLong, importLimits.rows + 1);
  writeWideCsv(tooWide, importLimits.columns + 1);
  // 250 rows with a status nobody can read: more problems than the check lists.
  const status = `en cavale ${'depuis très longtemps '.repeat(8)}`;
  fs.writeFileSync(
    broken,
    ['Nom;Prénom;Statut', ...Array.from({ length: 250 }, (_, i) => `Martin${i};Paul;${status}`)].join('\n'),
  );
  await openWithNewVault(harness);
  await page.getByRole('main').locator('.empty-state').getByRole('button', { name: fr.prisoners.import }).click();

  for (const language of ['fr', 'en'] as const) {
    const text = language === 'fr' ? fr : en;
    const limits = {
      rows: figure(importLimits.rows, language),
      columns: figure(importLimits.columns, language),
      megabytes: '20',
    };
    await expect(page.getByText(fill(text.import.limits, limits))).toBeVisible();

    harness.nextImportFile = tooLong;
    await button(page, text.import.choose).click();
    await expect(page.getByRole('alert')).toHaveText(
      fill(text.importFile.too_many_rows, {
        rows: figure(importLimits.rows + 1, language),
        max: figure(importLimits.rows, language),
      }),
    );
    await keepScreenshot(harness, `55-import-too-many-rows-${language}`);
    await expectAccessible(harness);

    harness.nextImportFile = tooWide;
    await button(page, text.import.choose).click();
    await expect(page.getByRole('alert')).toHaveText(
      fill(text.importFile.too_many_columns, { line: '1', max: figure(importLimits.columns, language) }),
    );

    harness.nextImportFile = broken;
    await button(page, text.import.choose).click();
    await button(page, text.import.check).click();
    const problems = page.getByRole('table', { name: text.import.problemsCaption });
    await expect(problems.getByRole('row')).toHaveCount(importLimits.listedProblems + 1);
    await expect(problems.getByRole('row').nth(1).getByRole('cell').last()).toHaveText(
      /^en cavale depuis très longtemps .*…$/,
    );
    await expect(
      page.getByText(fill(text.import.moreProblems_other, { formatted: figure(50, language) })),
    ).toBeVisible();
    await expect(page.getByText(text.import.fixAndRetry)).toBeVisible();
    for (const [size, name] of [
      [{ width: 1280, height: 800 }, '1280'],
      [SMALL_WINDOW, '1024x700'],
    ] as const) {
      await page.setViewportSize(size);
      await expectNoSidewaysScroll(page);
      await keepScreenshot(harness, `56-import-many-problems-${name}-${language}`);
    }
    await expectAccessible(harness);
    if (language === 'fr') {
      await seed(harness, 'settings:set', { language: 'en' });
      await page.reload();
      await page.getByRole('main').locator('.empty-state').getByRole('button', { name: en.prisoners.import }).click();
      await expect(pageHeading(page, en.import.title)).toBeVisible();
    }
  }
  expect((await seed(harness, 'prisoners:list', {})).total).toBe(0);
});
