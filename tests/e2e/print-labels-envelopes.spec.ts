import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fr } from '../../shared/i18n/fr';
import { snapshotDir } from './support/files';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { button, expectNoSidewaysScroll, openNav, SMALL_WINDOW } from './support/flows';
import { fill, openWithNewVault, seed, seedFacility, seedPrisoner } from './support/registry';

test('labels from row 3 column 2 for a tag: plan, preview under the CSP, print from memory, save after the notice; envelopes', async ({
  harness,
}) => {
  const page = harness.page;
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    // Chromium reports a blocked resource (a worker, a font, an eval) as "Refused to … because it violates … Content Security Policy".
    if (/Refused to|violates the following Content Security Policy/i.test(message.text()))
      cspViolations.push(message.text());
  });
  await openWithNewVault(harness);
  const fresnes = await seedFacility(harness, 'Centre pénitentiaire de Fresnes', 'Fresnes', 'FR', '94260');
  const evening = await seed(harness, 'tags:create', { name: 'Soirée d’écriture' });
  const tagged = [
    await seedPrisoner(
      harness,
      { familyName: 'Lefèvre', givenNames: 'Zoé', status: 'sentenced' },
      { facilityId: fresnes, number: '998877', from: '2022-01-10' },
    ),
    await seedPrisoner(
      harness,
      { familyName: 'Yıldız', givenNames: 'Gülşen', status: 'pretrial' },
      { facilityId: fresnes, number: '44710', from: '2024-05-02' },
    ),
    await seedPrisoner(
      harness,
      { familyName: 'Wiśniewska', givenNames: 'Małgorzata', status: 'sentenced' },
      { facilityId: fresnes, number: '51200', from: '2023-11-20' },
    ),
    await seedPrisoner(
      harness,
      { familyName: 'Παπαδόπουλος', givenNames: 'Νίκος', status: 'pretrial' },
      { facilityId: fresnes, number: '61001', from: '2024-02-01' },
    ),
  ];
  const quiet = await seedPrisoner(
    harness,
    {
      familyName: 'Durand',
      givenNames: 'Léa',
      status: 'sentenced',
      doNotWrite: true,
      doNotWriteReason: 'Demande de la famille',
    },
    { facilityId: fresnes, number: '70000', from: '2021-03-03' },
  );
  await seedPrisoner(
    harness,
    { familyName: 'Martin', givenNames: 'Paul', status: 'sentenced' },
    { facilityId: fresnes, number: '80000', from: '2021-03-03' },
  );
  for (const id of [...tagged, quiet])
    await seed(harness, 'prisoners:setTags', { prisonerId: id, tagIds: [evening.id] });
  await page.reload();
  const before = snapshotDir(harness.dataDir);

  await openNav(page, fr.nav.print);
  await page.getByLabel(fr.prisoners.filters.tag, { exact: true }).selectOption({ label: 'Soirée d’écriture' });
  const recipients = page.getByTestId('print-recipients');
  await expect(recipients).toHaveText(fill(fr.print.who.recipients_other, { count: 4 }));
  await expect(page.getByText(fill(fr.print.who.leftOut_one, { count: 1 }))).toBeVisible();

  // A partly used L7160 sheet (3 x 7): start at row 3, column 2; the six labels before it are greyed.
  await page.getByRole('radio', { name: fill(fr.print.labels.position, { row: 3, column: 2 }) }).check();
  await expect(page.locator('.start-cell-used')).toHaveCount(7);
  const plan = page.getByTestId('print-plan');
  await expect(plan).toHaveText(
    fill(fr.print.check.planLabels_other, { count: 4, pages: fill(fr.print.check.pages_one, { count: 1 }) }),
  );

  // Including the "do not write" prisoner adds one label; leaving it out again restores the plan.
  await page.getByLabel(fr.print.who.include_do_not_write).check();
  await expect(recipients).toHaveText(fill(fr.print.who.recipients_other, { count: 5 }));
  await page.getByLabel(fr.print.who.include_do_not_write).uncheck();
  await expect(plan).toHaveText(
    fill(fr.print.check.planLabels_other, { count: 4, pages: fill(fr.print.check.pages_one, { count: 1 }) }),
  );

  await button(page, fr.print.preview.make).click();
  const canvas = page.getByTestId('print-preview-canvas');
  await expect(canvas).toHaveAttribute('data-rendered', '1');
  await expect(page.getByText(fill(fr.print.preview.page, { page: 1, pages: 1 }))).toBeVisible();
  await keepScreenshot(harness, 'print-labels-preview');
  await expectAccessible(harness);

  // Print: straight from memory to the (in-memory) printer.
  await button(page, fr.print.output.print).click();
  await expect(page.getByText(fr.print.output.sent)).toBeVisible();
  expect(harness.printed).toHaveLength(1);
  expect(Buffer.from(harness.printed[0]?.subarray(0, 5) ?? []).toString('latin1')).toBe('%PDF-');

  // Save as PDF: only after the notice that the file is not encrypted, and only where the user chose.
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parloir-print-e2e-'));
  try {
    const chosen = path.join(outDir, 'etiquettes.pdf');
    harness.nextPdfFile = chosen;
    await button(page, fr.print.output.savePdf).click();
    const dialog = page.getByRole('dialog', { name: fr.print.output.saveTitle });
    await expect(dialog.getByText(fr.print.output.warning)).toBeVisible();
    await keepScreenshot(harness, 'print-save-notice');
    await expectAccessible(harness);
    expect(fs.existsSync(chosen)).toBe(false);
    await button(dialog, fr.print.output.confirm).click();
    await expect(dialog.getByRole('status')).toContainText('etiquettes.pdf');
    expect(fs.readFileSync(chosen).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await button(dialog, fr.common.close).click();
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }

  // Envelopes: C5 with the French right window; the preview shows one page per envelope.
  await page.getByRole('radio', { name: fr.print.what.envelopes }).check();
  await page.getByLabel(fr.print.envelope.format).selectOption('C5');
  await page.getByLabel(fr.print.envelope.window).selectOption('fr-right');
  await expect(plan).toHaveText(
    fill(fr.print.check.planEnvelopes_other, { count: 4, pages: fill(fr.print.check.pages_other, { count: 4 }) }),
  );
  await expect(page.getByText(fr.print.preview.stale)).toBeVisible();
  await button(page, fr.print.preview.remake).click();
  await expect(page.getByText(fill(fr.print.preview.page, { page: 1, pages: 4 }))).toBeVisible();
  await expect(canvas).toHaveAttribute('data-rendered', '1');
  await button(page, fr.print.preview.next).click();
  await expect(canvas).toHaveAttribute('data-rendered', '2');
  await keepScreenshot(harness, 'print-envelope-preview');
  await expectAccessible(harness);
  await page.setViewportSize(SMALL_WINDOW);
  await expectNoSidewaysScroll(page);

  // Nothing was written in the app's data folder: no temporary PDF, no cache; the vault files are the same ones.
  expect(Object.keys(snapshotDir(harness.dataDir)).sort()).toEqual(Object.keys(before).sort());
  expect(cspViolations).toEqual([]);
});
