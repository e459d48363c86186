import fs from 'node:fs';
import path from 'node:path';
import { fr } from '../../shared/i18n/fr';
import { hostFr } from '../../shared/i18n/host.fr';
import { snapshotDir } from './support/files';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { button } from './support/flows';
import { expectPreviewRendered, openPrintTab, withChosenFolder } from './support/print';
import { fill, openWithNewVault, seed, seedPrisoner } from './support/registry';

const columns = fr.print.reports.prisonerColumns;
const headers = hostFr.print.report.prisoners;

test('meeting lists: minimal prisoner list previewed, printed from memory and saved as CSV after the notice; facility list with mail rules', async ({
  harness,
}) => {
  const page = harness.page;
  await openWithNewVault(harness);
  const fresnes = await seed(harness, 'facilities:create', {
    name: 'Centre pénitentiaire de Fresnes',
    kind: 'prison',
    address: { country: 'FR', street: '1 allée des Thuyas', postcode: '94260', city: 'Fresnes' },
    rules: { lettersAllowed: true, senderAddressRequired: true },
  });
  await seedPrisoner(
    harness,
    {
      familyName: 'Lefèvre',
      givenNames: 'Zoé',
      status: 'sentenced',
      dateOfBirth: '1990-04-12',
      notes: 'Aime les romans policiers',
    },
    { facilityId: fresnes.id, number: '998877', from: '2022-01-10' },
  );
  await seedPrisoner(
    harness,
    { familyName: 'Yıldız', givenNames: 'Gülşen', status: 'pretrial' },
    { facilityId: fresnes.id, number: '44710', from: '2024-05-02' },
  );
  await page.reload();
  const before = snapshotDir(harness.dataDir);

  await openPrintTab(page, fr.print.tabs.reports);
  // The minimal preset is the default: no date of birth, no notes, and no warning about sensitive columns.
  await expect(page.getByRole('radio', { name: fr.print.reports.presets.minimal })).toBeChecked();
  const choices = page.getByRole('group', { name: fr.print.reports.columnsLegend });
  await expect(choices.getByRole('checkbox', { name: columns.dateOfBirth, exact: true })).not.toBeChecked();
  await expect(choices.getByRole('checkbox', { name: columns.notes, exact: true })).not.toBeChecked();
  await expect(choices.getByRole('checkbox', { name: columns.prisonerNumber, exact: true })).toBeChecked();
  await expect(page.getByText(fr.print.reports.sensitive)).toHaveCount(0);

  // The full preset adds them and warns; back to minimal, both are left out again.
  await page.getByRole('radio', { name: fr.print.reports.presets.full }).check();
  await expect(choices.getByRole('checkbox', { name: columns.dateOfBirth, exact: true })).toBeChecked();
  await expect(page.getByText(fr.print.reports.sensitive)).toBeVisible();
  await page.getByRole('radio', { name: fr.print.reports.presets.minimal }).check();
  await expect(choices.getByRole('checkbox', { name: columns.notes, exact: true })).not.toBeChecked();
  await expect(page.getByText(fr.print.reports.sensitive)).toHaveCount(0);

  await button(page, fr.print.reports.preview).click();
  await expect(page.getByText(fill(fr.print.reports.rows_other, { count: 2 }))).toBeVisible();
  await expectPreviewRendered(page);
  await keepScreenshot(harness, 'print-report-prisoners');
  await expectAccessible(harness);

  await button(page, fr.print.output.print).click();
  await expect(page.getByText(fr.print.output.sent)).toBeVisible();
  expect(harness.printed).toHaveLength(1);
  expect(Buffer.from(harness.printed[0]?.subarray(0, 5) ?? []).toString('latin1')).toBe('%PDF-');

  // CSV: the not-encrypted notice first; the file appears only once confirmed, and only at the chosen path.
  await withChosenFolder(async (dir) => {
    const chosen = path.join(dir, 'liste-reunion.csv');
    harness.nextExportFile = chosen;
    await button(page, fr.print.reports.csv).click();
    const dialog = page.getByRole('dialog', { name: fr.print.reports.csvTitle });
    await expect(dialog.getByText(fr.print.reports.csvWarning)).toBeVisible();
    await keepScreenshot(harness, 'print-report-csv-notice');
    await expectAccessible(harness);
    expect(fs.readdirSync(dir)).toEqual([]);
    await button(dialog, fr.export.confirm).click();
    await expect(dialog.getByRole('status')).toHaveText(
      fill(fr.print.reports.csvWritten, { file: 'liste-reunion.csv' }),
    );
    expect(fs.readdirSync(dir)).toEqual(['liste-reunion.csv']);
    const lines = fs
      .readFileSync(chosen, 'utf8')
      .replace(/^\uFEFF/u, '')
      .split('\r\n');
    expect(lines[0]?.split(';')).toEqual([
      headers.name,
      headers.knownAs,
      headers.prisonerNumber,
      headers.facility,
      headers.city,
      headers.country,
    ]);
    expect(lines.join('\n')).toContain('998877');
    expect(lines.join('\n')).not.toContain('1990-04-12');
    expect(lines.join('\n')).not.toContain('romans policiers');
    await button(dialog, fr.common.close).click();
    await expect(dialog).toBeHidden();
  });
  // The save dialog proposes a dated name, never a path of its own.
  expect(harness.lastExportDefaultName).toMatch(
    new RegExp(`^${hostFr.print.fileName.prisoners}-\\d{4}-\\d{2}-\\d{2}\\.csv$`, 'u'),
  );

  // The facility list carries each facility's mail rules.
  await page.getByRole('radio', { name: fr.print.reports.facilities }).check();
  await expect(
    page
      .getByRole('group', { name: fr.print.reports.columnsLegend })
      .getByRole('checkbox', { name: fr.print.reports.facilityColumns.rules }),
  ).toBeChecked();
  await button(page, fr.print.reports.preview).click();
  await expect(page.getByText(fill(fr.print.reports.rows_one, { count: 1 }))).toBeVisible();
  await expectPreviewRendered(page);
  await keepScreenshot(harness, 'print-report-facilities');
  await expectAccessible(harness);
  await withChosenFolder(async (dir) => {
    const chosen = path.join(dir, 'prisons.csv');
    harness.nextExportFile = chosen;
    await button(page, fr.print.reports.csv).click();
    const dialog = page.getByRole('dialog', { name: fr.print.reports.csvTitle });
    await button(dialog, fr.export.confirm).click();
    await expect(dialog.getByRole('status')).toBeVisible();
    const text = fs.readFileSync(chosen, 'utf8');
    expect(text).toContain('Centre pénitentiaire de Fresnes');
    expect(text).toContain(`${hostFr.print.report.rules.lettersAllowed}, ${hostFr.print.report.rules.senderRequired}`);
    await button(dialog, fr.common.close).click();
  });

  // Nothing was written in the app's data folder: the PDFs stayed in memory.
  expect(Object.keys(snapshotDir(harness.dataDir)).sort()).toEqual(Object.keys(before).sort());
});
