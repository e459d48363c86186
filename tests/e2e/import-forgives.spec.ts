import fs from 'node:fs';
import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { button, expectNoSidewaysScroll, field, openNav, pageHeading, SMALL_WINDOW } from './support/flows';
import { fill, openWithNewVault, seed, seedFacility, seedPrisoner } from './support/registry';

// "Date du mandat de dépôt" is a custody date under a header Parloir does not guess.
const HEADER = 'Nom;Prénom;Numéro d’écrou;Prison;Ville;Pays;Date du mandat de dépôt;Tags';
const ROWS = [
  'Kaya;Deniz;TR-1001;Silivri Cezaevi;Silivri;TR;02/05/2024;Procès d’Istanbul',
  ';Ahmet;TR-1002;Silivri Cezaevi;Silivri;TR;03/05/2024;',
  'Nowak;Łucja;PL-77;Areszt Śledczy Warszawa-Mokotów;Warszawa;PL;10/01/2025;',
  'Martin;Paul;FR-5;Maison d’arrêt de Lyon-Corbas;Corbas;FR;31/02/2025;',
  'Dubois;Marie;;;;;;',
];

test('import that forgives: an unmapped date column is flagged, problems and a known person are choices, the good rows go in and the others are saved to fix', async ({
  harness,
}) => {
  const page = harness.page;
  const file = test.info().outputPath('prisonniers.csv');
  fs.writeFileSync(file, `\uFEFF${[HEADER, ...ROWS].join('\r\n')}\r\n`);
  await openWithNewVault(harness);
  // Deniz Kaya is already in Parloir.
  const silivri = await seedFacility(harness, 'Silivri Cezaevi', 'Silivri', 'TR', '34570');
  await seedPrisoner(
    harness,
    { familyName: 'Kaya', givenNames: 'Deniz' },
    { facilityId: silivri, number: 'TR-1001', from: '2024-05-02' },
  );
  await page.reload();
  await openNav(page, fr.nav.prisoners);
  await page.getByRole('button', { name: fr.prisoners.import }).first().click();
  await expect(pageHeading(page, fr.import.title)).toBeVisible();

  harness.nextImportFile = file;
  await button(page, fr.import.choose).click();
  // The date column is not guessed: the screen says so before the check.
  await expect(field(page, fr.importField.stayFrom)).toHaveValue('');
  const warning = fill(fr.import.look_date, { number: 7, header: 'Date du mandat de dépôt' });
  await expect(page.getByText(warning)).toHaveCount(1);
  await keepScreenshot(harness, 'import-unmapped-date-fr');
  await button(page, fr.import.check).click();
  const problems = page.getByRole('table', { name: fr.import.problemsCaption });
  // Never "today": every row naming a prison without a date is refused, in words.
  await expect(problems.getByText(fr.importProblem.stay_without_date)).toHaveCount(4);
  await expect(page.getByText(warning)).toHaveCount(2);

  await field(page, fr.importField.stayFrom).selectOption('6');
  await expect(page.getByText(warning)).toHaveCount(0);
  await button(page, fr.import.check).click();
  // The person already in Parloir is listed with the other problems, and is a choice, not a blocker.
  await expect(problems.getByRole('row')).toHaveCount(4);
  await expect(problems.getByRole('row').nth(1).getByRole('cell')).toHaveText([
    '2',
    fr.importField.familyName,
    fr.importProblem.duplicate_in_vault,
    'Kaya',
  ]);
  await expect(problems.getByText(fr.importProblem.required)).toBeVisible();
  await expect(problems.getByText(fr.importProblem.invalid_date)).toBeVisible();
  const duplicates = page.getByRole('group', { name: fill(fr.import.duplicatesLegend_one, { count: 1 }) });
  await expect(duplicates.getByRole('radio')).toHaveCount(3);
  await expect(page.getByText(fr.import.chooseDuplicates)).toBeVisible();
  const run = (count: number) => button(page, fill(fr.import.run_other, { count }));
  await expect(run(2)).toBeDisabled();

  await duplicates.getByRole('radio', { name: fr.import.duplicates_skip_one }).check();
  await expect(page.getByText(fr.import.chooseDuplicates)).toHaveCount(0);
  const mode = page.getByRole('group', { name: fr.import.modeLegend });
  await expect(mode.getByRole('radio', { name: fr.import.allOrNothing })).toBeChecked();
  await expect(page.getByText(fr.import.fixAndRetry)).toBeVisible();
  await expect(run(2)).toBeDisabled();
  const setAsideLabel = `${fill(fr.import.importGood_other, { count: 2 })} ${fill(fr.import.setAsideOthers_other, { count: 2 })}`;
  await mode.getByRole('radio', { name: setAsideLabel }).check();
  await expect(page.getByText(fr.import.fixAndRetry)).toHaveCount(0);
  await expect(run(2)).toBeEnabled();
  await expectAccessible(harness);
  await shoot(harness, 'fr');

  await run(2).click();
  await expect(page.getByText(fill(fr.import.done_other, { count: 2 }))).toBeVisible();
  await expect(page.getByText(fill(fr.import.doneSkipped_one, { count: 1 }))).toBeVisible();
  await expect(page.getByText(fill(fr.import.doneSetAside_other, { count: 2 }))).toBeVisible();
  expect((await seed(harness, 'prisoners:list', { sort: 'name' })).rows.map((r) => r.familyName)).toEqual([
    'Dubois',
    'Kaya',
    'Nowak',
  ]);

  // The rows set aside are saved to fix, after the not-encrypted warning the export shows.
  const toFix = test.info().outputPath('a-corriger.csv');
  harness.nextExportFile = toFix;
  await button(page, fill(fr.import.saveSetAside_other, { count: 2 })).click();
  const dialog = page.getByRole('dialog', { name: fr.import.saveSetAsideTitle });
  await expect(dialog.getByText(fr.export.warning)).toBeVisible();
  await expect(button(dialog, fr.common.cancel)).toBeFocused();
  await expectAccessible(harness);
  await button(dialog, fr.import.saveSetAsideConfirm).click();
  await expect(dialog.getByRole('status')).toHaveText(
    fill(fr.export.written_other, { count: 2, file: 'a-corriger.csv' }),
  );
  const saved = fs
    .readFileSync(toFix, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n');
  expect(saved[0]).toBe(`${HEADER};${fr.import.setAsideProblemsColumn}`);
  expect(saved[1]).toBe(`${ROWS[1]};${fr.importField.familyName}\u00a0: ${fr.importProblem.required}`);
  expect(saved[2]).toBe(`${ROWS[3]};${fr.importField.stayFrom}\u00a0: ${fr.importProblem.invalid_date}`);
  await button(dialog, fr.common.close).click();

  // Next time, the same headers open with the columns chosen this time.
  await button(page, fr.import.another).click();
  await expect(page.getByText(fr.import.rememberedMapping)).toBeVisible();
  await expect(field(page, fr.importField.stayFrom)).toHaveValue('6');
  await expect(page.getByText(warning)).toHaveCount(0);

  // The same screen in English.
  await seed(harness, 'settings:set', { language: 'en' });
  await page.reload();
  await openNav(page, en.nav.prisoners);
  await page.getByRole('button', { name: en.prisoners.import }).first().click();
  await button(page, en.import.choose).click();
  await expect(page.getByText(en.import.rememberedMapping)).toBeVisible();
  await button(page, en.import.check).click();
  await page
    .getByRole('group', { name: fill(en.import.duplicatesLegend_other, { count: 3 }) })
    .getByRole('radio', { name: en.import.duplicates_update_other })
    .check();
  // Three people are in Parloir now: updating their records makes three rows to write.
  const englishLabel = `${fill(en.import.importGood_other, { count: 3 })} ${fill(en.import.setAsideOthers_other, { count: 2 })}`;
  await page.getByRole('group', { name: en.import.modeLegend }).getByRole('radio', { name: englishLabel }).check();
  await expect(button(page, fill(en.import.run_other, { count: 3 }))).toBeEnabled();
  await expectAccessible(harness);
  await shoot(harness, 'en');
});

/** The check with rows set aside, at both window sizes. */
async function shoot(harness: Parameters<typeof keepScreenshot>[0], language: string) {
  for (const [size, name] of [
    [{ width: 1280, height: 800 }, '1280'],
    [SMALL_WINDOW, '1024'],
  ] as const) {
    await harness.page.setViewportSize(size);
    await expectNoSidewaysScroll(harness.page);
    await keepScreenshot(harness, `import-set-aside-${name}-${language}`);
  }
  await harness.page.setViewportSize({ width: 1280, height: 800 });
}
