import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import { letterReportsFr } from '../../shared/letters/letter-reports.fr';
import { addDays, localToday } from '../../shared/today';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { button, expectNoSidewaysScroll, field, openNav, SMALL_WINDOW } from './support/flows';
import type { Harness } from './support/harness';
import { expectPreviewRendered, openPrintTab, withChosenFolder } from './support/print';
import { fill, openWithNewVault, seed, seedPrisoner } from './support/registry';

/** Prints the previewed PDF (to the harness's sink) and reads its text back with pdftotext, columns kept. */
async function printedText(harness: Harness, page: Page): Promise<string> {
  const before = harness.printed.length;
  await button(page, fr.print.output.print).click();
  await expect(page.getByText(fr.print.output.sent)).toBeVisible();
  expect(harness.printed).toHaveLength(before + 1);
  return execFileSync('pdftotext', ['-layout', '-', '-'], {
    input: harness.printed[before] ?? new Uint8Array(),
    encoding: 'utf8',
  });
}

async function letter(harness: Harness, prisonerId: number, letter: Record<string, unknown>) {
  await seed(harness, 'letters:create', {
    letter: { prisonerId, direction: 'out', status: 'sent', ...letter } as never,
    acceptWarnings: true,
  });
}

test('correspondence reports: a period per prisoner and facility with reasons, and who has not been written to', async ({
  harness,
}) => {
  const page = harness.page;
  await openWithNewVault(harness);
  const fresnes = await seed(harness, 'facilities:create', {
    name: 'Centre pénitentiaire de Fresnes',
    kind: 'prison',
    address: { country: 'FR', street: '1 allée des Thuyas', postcode: '94260', city: 'Fresnes' },
    rules: { lettersAllowed: true },
  });
  const zoe = await seedPrisoner(
    harness,
    { familyName: 'Lefèvre', givenNames: 'Zoé', status: 'sentenced' },
    { facilityId: fresnes.id, number: '998877', from: '2022-01-10' },
  );
  await seedPrisoner(
    harness,
    { familyName: 'Yıldız', givenNames: 'Gülşen', status: 'pretrial' },
    { facilityId: fresnes.id, number: '44710', from: '2024-05-02' },
  );
  const jo = await seedPrisoner(
    harness,
    { familyName: 'Arnaud', givenNames: 'Jo', status: 'sentenced' },
    { facilityId: fresnes.id, number: '5150', from: '2023-02-01' },
  );
  await letter(harness, zoe, { sentOn: '2025-03-02', pages: 2 });
  await letter(harness, zoe, { sentOn: '2025-03-05', status: 'returned', issueReason: 'moved' });
  await letter(harness, zoe, { direction: 'in', status: 'received', receivedOn: '2025-03-10' });
  await letter(harness, jo, { sentOn: addDays(localToday(), -50) });
  await letter(harness, zoe, { sentOn: addDays(localToday(), -3) });
  await page.reload();

  // The correspondence of March 2025: Zoé's letters, the facility's total and the grand total.
  await openPrintTab(page, fr.print.tabs.reports);
  await page.getByRole('radio', { name: fr.print.reports.correspondence }).check();
  await expect(page.getByText(fr.print.reports.correspondenceIntro)).toBeVisible();
  await field(page, fr.print.reports.from).fill('2025-03-31');
  await field(page, fr.print.reports.to).fill('2025-03-01');
  await expect(page.getByRole('alert')).toHaveText(fr.print.reports.periodInvalid);
  await expect(button(page, fr.print.reports.preview)).toBeDisabled();
  await field(page, fr.print.reports.from).fill('2025-03-01');
  await field(page, fr.print.reports.to).fill('2025-03-31');
  await button(page, fr.print.reports.preview).click();
  await expect(page.getByText(fill(fr.print.reports.rows_other, { count: 3 }))).toBeVisible();
  await expectPreviewRendered(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, 'correspondence-report-1280-fr');
  await expectAccessible(harness);
  const march = await printedText(harness, page);
  expect(march).toContain(letterReportsFr.correspondenceTitle);
  expect(march).toMatch(/LEFÈVRE Zoé\s+998877\s+2\s+1\s+1\s+0\s+Revenue/u);
  expect(march).toContain(letterReportsFr.facilityTotal);
  expect(march).not.toContain('ARNAUD');

  // Who has not been written to for 30 days: Gülşen never (first), Jo 50 days ago; Zoé was written to 3 days ago.
  await page.getByRole('radio', { name: fr.print.reports.notWrittenTo }).check();
  await field(page, fr.print.reports.days).fill('0');
  await expect(page.getByRole('alert')).toHaveText(fr.print.reports.daysInvalid);
  await field(page, fr.print.reports.days).fill('30');
  await button(page, fr.print.reports.preview).click();
  await expect(page.getByText(fill(fr.print.reports.rows_other, { count: 2 }))).toBeVisible();
  await expectPreviewRendered(page);
  await keepScreenshot(harness, 'not-written-to-1280-fr');
  await expectAccessible(harness);
  const waiting = await printedText(harness, page);
  expect(waiting).toContain(letterReportsFr.notWrittenToTitle);
  expect(waiting).toMatch(/YILDIZ Gülşen\s+44710\s+Centre pénitentiaire de Fresnes\s+jamais/u);
  expect(waiting).toMatch(
    new RegExp(
      `ARNAUD Jo\\s+5150\\s+Centre pénitentiaire de Fresnes\\s+${addDays(localToday(), -50)}\\s+50 jours`,
      'u',
    ),
  );
  expect(waiting.indexOf('YILDIZ')).toBeLessThan(waiting.indexOf('ARNAUD'));
  expect(waiting).not.toContain('LEFÈVRE');

  // The same list as CSV: the not-encrypted notice first, then the file where the user chose.
  await withChosenFolder(async (dir) => {
    const chosen = path.join(dir, 'sans-lettre.csv');
    harness.nextExportFile = chosen;
    await button(page, fr.print.reports.csv).click();
    const dialog = page.getByRole('dialog', { name: fr.print.reports.csvTitle });
    await expect(dialog.getByText(fr.print.reports.csvWarning)).toBeVisible();
    await button(dialog, fr.export.confirm).click();
    await expect(dialog.getByRole('status')).toHaveText(fill(fr.print.reports.csvWritten, { file: 'sans-lettre.csv' }));
    const lines = fs
      .readFileSync(chosen, 'utf8')
      .replace(/^\uFEFF/u, '')
      .trim()
      .split('\r\n');
    expect(lines.map((line) => line.split(';')[0])).toEqual([
      letterReportsFr.notWrittenTo.name,
      'YILDIZ Gülşen',
      'ARNAUD Jo',
    ]);
    await button(dialog, fr.common.close).click();
  });
  expect(harness.lastExportDefaultName).toBe(`${letterReportsFr.fileName.notWrittenTo}-${localToday()}.csv`);

  await page.setViewportSize(SMALL_WINDOW);
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, 'not-written-to-1024-fr');
  await page.getByRole('radio', { name: fr.print.reports.correspondence }).check();
  // The other list's preview goes with it: it would read as this one's.
  await expect(page.getByTestId('print-preview-canvas')).toHaveCount(0);
  await button(page, fr.print.reports.preview).click();
  await expectPreviewRendered(page);
  await keepScreenshot(harness, 'correspondence-report-1024-fr');

  // In English, both sizes.
  await seed(harness, 'settings:set', { language: 'en' });
  await page.reload();
  await openNav(page, en.nav.print);
  await page
    .getByRole('group', { name: en.print.tabs.label })
    .getByRole('button', { name: en.print.tabs.reports })
    .click();
  await page.getByRole('radio', { name: en.print.reports.notWrittenTo }).check();
  await expect(page.getByText(en.print.reports.daysHint)).toBeVisible();
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, 'not-written-to-1024-en');
  await page.getByRole('radio', { name: en.print.reports.correspondence }).check();
  await button(page, en.print.reports.preview).click();
  await expectPreviewRendered(page);
  await keepScreenshot(harness, 'correspondence-report-1024-en');
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, 'correspondence-report-1280-en');
  await expectAccessible(harness);
});
