import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { button, expectNoSidewaysScroll, openNav, SMALL_WINDOW } from './support/flows';
import { expectPreviewRendered, openPrintTab, withChosenFolder } from './support/print';
import { fill, openWithNewVault, seed, seedFacility, seedPrisoner } from './support/registry';

const SHOTS = '/tmp/parloir-notes/shots';

/** The size of each page of a PDF the app sent to the printer, in points, as pdfinfo reads it. */
function pageSizes(pdf: Uint8Array | undefined, dir: string): string[] {
  if (!pdf) return [];
  const file = path.join(dir, `printed-${Date.now()}-${Math.random()}.pdf`);
  fs.writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', file], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map(
    (m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`,
  );
}

test('printing and saving use the choices on screen: a changed medium or window is previewed again before it can print', async ({
  harness,
}) => {
  const page = harness.page;
  await openWithNewVault(harness);
  const muret = await seedFacility(harness, 'Centre pénitentiaire de Toulouse-Seysses', 'Muret', 'FR', '31603');
  await seedPrisoner(
    harness,
    { familyName: 'Lefèvre', givenNames: 'Zoé', status: 'sentenced' },
    { facilityId: muret, number: '998877', from: '2022-01-10' },
  );
  await seedPrisoner(
    harness,
    { familyName: 'Yıldız', givenNames: 'Gülşen', status: 'pretrial' },
    { facilityId: muret, number: '44710', from: '2024-05-02' },
  );
  await page.reload();
  await openPrintTab(page, fr.print.tabs.mail);
  const print = page.getByRole('button', { name: fr.print.output.print, exact: true });
  const save = page.getByRole('button', { name: fr.print.output.savePdf, exact: true });
  const stale = page.getByText(fr.print.preview.stale);

  // Labels on an A4 sheet, previewed and printed: the printer gets the A4 sheet.
  await button(page, fr.print.preview.make).click();
  await expectPreviewRendered(page);
  await print.click();
  await expect(page.getByText(fr.print.output.sent)).toBeVisible();

  await withChosenFolder(async (dir) => {
    expect(pageSizes(harness.printed[0], dir)).toEqual(['595x842']);

    // The medium changes without a new preview: nothing can be printed or saved until the new one is shown.
    await page.getByRole('radio', { name: fr.print.what.envelopes }).check();
    await page.getByLabel(fr.print.envelope.format).selectOption('C5');
    await page.getByLabel(fr.print.envelope.window).selectOption('fr-right');
    await expect(page.getByTestId('print-plan')).toHaveText(
      fill(fr.print.check.planEnvelopes_other, { count: 2, pages: fill(fr.print.check.pages_other, { count: 2 }) }),
    );
    await expect(stale).toBeVisible();
    await expect(print).toHaveCount(0);
    await expect(save).toHaveCount(0);
    await expect(page.getByText(fr.print.output.sent)).toHaveCount(0);
    expect(harness.printed).toHaveLength(1);

    await button(page, fr.print.preview.remake).click();
    await expectPreviewRendered(page);
    await expect(page.getByText(fill(fr.print.preview.page, { page: 1, pages: 2 }))).toBeVisible();
    await expect(stale).toHaveCount(0);
    // The earlier "sent" belonged to the labels: the new document has not been printed yet.
    await expect(page.getByText(fr.print.output.sent)).toHaveCount(0);
    await print.click();
    await expect(page.getByText(fr.print.output.sent)).toBeVisible();
    expect(harness.printed).toHaveLength(2);
    // C5 lying landscape: 229 x 162 mm.
    expect(pageSizes(harness.printed[1], dir)).toEqual(['649x459', '649x459']);
  });

  // Any other choice (here the window) makes the preview stale again.
  await page.getByLabel(fr.print.envelope.window).selectOption('din680');
  await expect(stale).toBeVisible();
  await expect(print).toHaveCount(0);
  await expect(save).toHaveCount(0);
});

test('the envelope form offers only the windows a size is made with, says what a window is, and defaults the sender to the group', async ({
  harness,
}) => {
  const page = harness.page;
  await openWithNewVault(harness);
  const muret = await seed(harness, 'facilities:create', {
    name: 'Centre pénitentiaire de Toulouse-Seysses',
    kind: 'remand',
    address: { country: 'FR', street: 'Route de Seysses', postcode: '31603', city: 'Muret' },
    rules: { lettersAllowed: true, senderAddressRequired: true },
  });
  await seedPrisoner(
    harness,
    { familyName: 'Lefèvre', givenNames: 'Zoé', status: 'sentenced' },
    { facilityId: muret.id, number: '998877', from: '2022-01-10' },
  );
  await seed(harness, 'settings:set', {
    groupSender: {
      name: 'Collectif Parloir',
      address: { country: 'FR', poBox: 'BP 12', postcode: '75011', city: 'Paris' },
    },
  });
  await page.reload();
  await openPrintTab(page, fr.print.tabs.mail);
  // The label sheets at 1280 and 1024 px: the sheet's name and size are read whole in the select.
  const sheet = page.getByLabel(fr.print.labels.sheet, { exact: true });
  const room = () =>
    sheet.evaluate((select: HTMLSelectElement) => {
      const probe = document.createElement('span');
      probe.style.font = getComputedStyle(select).font;
      probe.style.whiteSpace = 'pre';
      probe.textContent = select.options[select.selectedIndex]?.text ?? '';
      document.body.append(probe);
      const textWidth = probe.getBoundingClientRect().width;
      probe.remove();
      // The arrow and the padding take about 2.5 rem of the box.
      return select.clientWidth - 40 - textWidth;
    });
  expect(await room()).toBeGreaterThan(0);
  await page.screenshot({ path: path.join(SHOTS, 'print-page-1280-labels-fr.png'), fullPage: true });
  await page.setViewportSize(SMALL_WINDOW);
  expect(await room()).toBeGreaterThan(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, 'print-page-1024-labels-fr.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('radio', { name: fr.print.what.envelopes }).check();

  const windows = page.getByLabel(fr.print.envelope.window);
  await expect(windows).toHaveAccessibleDescription(fr.print.envelope.windowHelp);
  await page.getByLabel(fr.print.envelope.format).selectOption('C6');
  await expect(windows.locator('option')).toHaveText(
    (['none', 'din680', 'din680-right', 'sn010130', 'swiss-old'] as const).map((w) => fr.print.envelope.windows[w]),
  );
  await windows.selectOption('swiss-old');
  // A size the chosen window is not made for falls back to no window rather than a refused pair.
  await page.getByLabel(fr.print.envelope.format).selectOption('C4');
  await expect(windows).toHaveValue('none');
  await expect(windows.locator('option')).toHaveText([fr.print.envelope.windows.none]);
  await page.getByLabel(fr.print.envelope.format).selectOption('C5');
  await windows.selectOption('fr-right');

  await expect(page.getByLabel(fr.print.envelope.sender)).toHaveValue('group');
  await expect(page.getByTestId('print-checks').getByText(fr.print.check.allClear)).toBeVisible();
  await expect(page.getByRole('group', { name: fr.print.envelope.placement })).toBeVisible();

  await page.setViewportSize(SMALL_WINDOW);
  await expectNoSidewaysScroll(page);
  // The tabs stay on one line at 1024 px.
  const tabs = page.getByRole('group', { name: fr.print.tabs.label }).getByRole('button');
  const tops = await tabs.evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
  await expectAccessible(harness);
  await keepScreenshot(harness, 'print-page-1024-fr');
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, 'print-page-1024-fr.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, 'print-page-1280-fr.png'), fullPage: true });
  await page.setViewportSize(SMALL_WINDOW);

  await seed(harness, 'settings:set', { language: 'en' });
  await page.reload();
  await openNav(page, en.nav.print);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('radio', { name: en.print.what.envelopes }).check();
  await page.getByLabel(en.print.envelope.format).selectOption('C5');
  await page.getByLabel(en.print.envelope.window).selectOption('fr-right');
  await expect(page.getByLabel(en.print.envelope.sender)).toHaveValue('group');
  const enTops = await page
    .getByRole('group', { name: en.print.tabs.label })
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
  expect(new Set(enTops).size).toBe(1);
  await expectNoSidewaysScroll(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, 'print-page-1024-en.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, 'print-page-1280-en.png'), fullPage: true });
});

test('labels: a borderless sheet warns about the printer’s margin, no sender is asked for, and the warning boxes keep their padding', async ({
  harness,
}) => {
  const page = harness.page;
  await openWithNewVault(harness);
  const needsSender = await seed(harness, 'facilities:create', {
    name: 'Centre pénitentiaire de Toulouse-Seysses',
    kind: 'remand',
    address: { country: 'FR', street: 'Route de Seysses', postcode: '31603', city: 'Muret' },
    rules: { lettersAllowed: true, senderAddressRequired: true },
  });
  const unknown = await seedFacility(harness, 'Prison de Haren', 'Bruxelles', 'BE', '1130');
  await seedPrisoner(
    harness,
    { familyName: 'Lefèvre', givenNames: 'Zoé', status: 'sentenced' },
    { facilityId: needsSender.id, number: '998877', from: '2022-01-10' },
  );
  await seedPrisoner(
    harness,
    { familyName: 'Peeters', givenNames: 'Jan', status: 'pretrial' },
    { facilityId: unknown, number: '4471', from: '2024-05-02' },
  );
  await page.reload();
  await openPrintTab(page, fr.print.tabs.mail);
  await page.setViewportSize(SMALL_WINDOW);
  const checks = page.getByTestId('print-checks');
  const one = fill(fr.print.check.recipients_one, { count: 1 });
  await expect(checks).toContainText(
    fill(fr.print.check.warning.rules_unknown, { facility: 'Prison de Haren', recipients: one }),
  );
  await expect(checks).not.toContainText(
    fill(fr.print.check.warning.sender_required, {
      facility: 'Centre pénitentiaire de Toulouse-Seysses',
      recipients: one,
    }),
  );
  await expect(checks.getByText(fr.print.check.borderless)).toHaveCount(0);

  await page.getByLabel(fr.print.labels.sheet, { exact: true }).selectOption('3474');
  await expect(checks.getByText(fr.print.check.borderless)).toBeVisible();
  // Each warning box has room inside its border, the list of facilities as much as the others.
  const paddings = await checks
    .locator('.alert')
    .evaluateAll((boxes) => boxes.map((box) => parseFloat(getComputedStyle(box).paddingLeft)));
  expect(paddings.length).toBe(2);
  for (const padding of paddings) expect(padding).toBeGreaterThanOrEqual(10);
  await expectAccessible(harness);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, 'print-page-1024-borderless-fr.png'), fullPage: true });

  // On envelopes, the sender's place is a row of choices like the medium's, not a boxed fieldset.
  await seed(harness, 'settings:set', {
    groupSender: { name: 'Collectif', address: { country: 'FR', poBox: 'BP 12', postcode: '75011', city: 'Paris' } },
  });
  await page.reload();
  await openPrintTab(page, fr.print.tabs.mail);
  await page.getByRole('radio', { name: fr.print.what.envelopes }).check();
  const placement = page.getByRole('group', { name: fr.print.envelope.placement });
  const medium = page.getByRole('group', { name: fr.print.what.kind });
  const look = (group: typeof medium) =>
    group.evaluate((el) => {
      const style = getComputedStyle(el);
      const legend = el.querySelector('legend');
      return {
        border: style.borderTopStyle,
        padding: style.paddingLeft,
        legend: legend ? getComputedStyle(legend).fontWeight : '',
      };
    });
  expect(await look(placement)).toEqual(await look(medium));
});
