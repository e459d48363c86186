import { fr } from '../../shared/i18n/fr';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { button, field } from './support/flows';
import { expectPreviewRendered, openPrintTab } from './support/print';
import { fill, openWithNewVault, seed, seedFacility, seedPrisoner } from './support/registry';

const words = fr.print.templates;
const NAME = 'Planche du local';

test('custom label template: a grid off the page is refused in French and saves nothing; a valid one is saved, offered for labels, previewed, and deleted after confirmation', async ({
  harness,
}) => {
  const page = harness.page;
  await openWithNewVault(harness);
  const fresnes = await seedFacility(harness, 'Centre pénitentiaire de Fresnes', 'Fresnes', 'FR', '94260');
  await seedPrisoner(
    harness,
    { familyName: 'Lefèvre', givenNames: 'Zoé', status: 'sentenced' },
    { facilityId: fresnes, number: '998877', from: '2022-01-10' },
  );
  await page.reload();

  await openPrintTab(page, fr.print.tabs.templates);
  await expect(page.getByText(words.none)).toBeVisible();
  await button(page, words.new).click();
  const editor = page.getByRole('dialog', { name: words.newTitle });
  await field(editor, words.name).fill(NAME);

  // Twelve rows of 38.1 mm cannot fit on an A4 page: the French message says so and nothing reaches the vault.
  await field(editor, words.rows).fill('12');
  await expect(editor.getByRole('alert')).toHaveText(words.problem.rows);
  await expect(editor.getByRole('img', { name: words.drawing })).toHaveCount(0);
  await button(editor, fr.common.save).click();
  await expect(editor).toBeVisible();
  await keepScreenshot(harness, 'print-template-invalid');
  await expectAccessible(harness);
  expect(await seed(harness, 'templates:list', {})).toEqual([]);

  // Two columns of five 99.5 x 50 mm labels: valid, drawn, saved.
  await field(editor, words.columns).fill('2');
  await field(editor, words.rows).fill('5');
  await field(editor, words.labelWidth).fill('99.5');
  await field(editor, words.labelHeight).fill('50');
  await field(editor, words.left).fill('4');
  await field(editor, words.pitchX).fill('101');
  await field(editor, words.pitchY).fill('52');
  await expect(editor.getByRole('alert')).toHaveCount(0);
  await expect(editor.getByRole('img', { name: words.drawing })).toBeVisible();
  await keepScreenshot(harness, 'print-template-valid');
  await button(editor, fr.common.save).click();
  await expect(editor).toBeHidden();
  const saved = await seed(harness, 'templates:list', {});
  expect(saved).toMatchObject([
    { name: NAME, columns: 2, rows: 5, labelWidthMm: 99.5, labelHeightMm: 50, leftMm: 4, pitchXMm: 101, pitchYMm: 52 },
  ]);
  const item = page.getByRole('listitem').filter({ hasText: NAME });
  await expect(item).toContainText(fill(fr.print.labels.sheetSize, { columns: 2, rows: 5, width: 99.5, height: 50 }));
  // French decimal comma, not the point.
  await expect(item).toContainText('99,5 × 50 mm');
  await keepScreenshot(harness, 'print-templates-list');
  await expectAccessible(harness);

  // The labels tab offers it among "your templates"; its grid drives the start position and the preview.
  await openPrintTab(page, fr.print.tabs.mail);
  const sheet = field(page, fr.print.labels.sheet);
  await expect(sheet.locator('optgroup', { has: page.locator(`option[value="${saved[0]?.id}"]`) })).toHaveAttribute(
    'label',
    fr.print.labels.custom,
  );
  await sheet.selectOption(saved[0]?.id ?? '');
  await expect(page.getByRole('radio', { name: fill(fr.print.labels.position, { row: 5, column: 2 }) })).toBeVisible();
  await expect(page.getByRole('radio', { name: fill(fr.print.labels.position, { row: 6, column: 1 }) })).toHaveCount(0);
  await expect(page.getByTestId('print-plan')).toHaveText(
    fill(fr.print.check.planLabels_one, { count: 1, pages: fill(fr.print.check.pages_one, { count: 1 }) }),
  );
  await button(page, fr.print.preview.make).click();
  await expectPreviewRendered(page);
  await keepScreenshot(harness, 'print-template-preview');
  await expectAccessible(harness);

  // Delete asks first; cancelling keeps the template.
  await openPrintTab(page, fr.print.tabs.templates);
  await button(page, `${fr.common.delete} ${NAME}`).click();
  const confirm = page.getByRole('dialog', { name: fill(words.deleteTitle, { name: NAME }) });
  await expect(confirm.getByText(words.deleteBody)).toBeVisible();
  await keepScreenshot(harness, 'print-template-delete');
  await expectAccessible(harness);
  await button(confirm, fr.common.cancel).click();
  await expect(confirm).toBeHidden();
  expect(await seed(harness, 'templates:list', {})).toHaveLength(1);
  await button(page, `${fr.common.delete} ${NAME}`).click();
  await button(confirm, fr.common.delete).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText(words.none)).toBeVisible();
  expect(await seed(harness, 'templates:list', {})).toEqual([]);
});
