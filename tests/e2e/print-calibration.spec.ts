import { fr } from '../../shared/i18n/fr';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { button, expectUnlocked, field, lockWithButton, STRONG_PASSPHRASE, submitUnlock } from './support/flows';
import { expectPreviewRendered, openPrintTab } from './support/print';
import { openWithNewVault, seed } from './support/registry';

const words = fr.print.calibration;

test('printer calibration: A4 offsets are checked, kept per paper across a reload and a lock, and the calibration page previews', async ({
  harness,
}) => {
  const page = harness.page;
  await openWithNewVault(harness);
  await openPrintTab(page, fr.print.tabs.calibration);
  const paper = field(page, words.paper);
  await expect(paper).toHaveValue('A4');
  const x = field(page, words.x);
  const y = field(page, words.y);
  await expect(x).toHaveValue('0');
  await expect(y).toHaveValue('0');

  // Out of range: said in French, and nothing can be saved.
  await x.fill('25');
  await expect(page.getByRole('alert')).toHaveText(words.range);
  await expect(button(page, fr.common.save)).toBeDisabled();

  await x.fill('1.5');
  await y.fill('-0.8');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await button(page, fr.common.save).click();
  await expect(page.getByRole('status').filter({ hasText: fr.common.saved })).toBeVisible();
  expect((await seed(harness, 'settings:get', {})).calibrations).toEqual({ A4: { xMm: 1.5, yMm: -0.8 } });
  await keepScreenshot(harness, 'print-calibration-saved');
  await expectAccessible(harness);

  // Each paper has its own offsets: DL is still at zero, A4 keeps its own.
  await paper.selectOption('DL');
  await expect(x).toHaveValue('0');
  await expect(y).toHaveValue('0');
  await paper.selectOption('A4');
  await expect(x).toHaveValue('1.5');
  await expect(y).toHaveValue('-0.8');

  await page.reload();
  await expectUnlocked(page);
  await openPrintTab(page, fr.print.tabs.calibration);
  await expect(x).toHaveValue('1.5');
  await expect(y).toHaveValue('-0.8');

  // Kept in the vault: still there after locking and unlocking.
  await lockWithButton(page);
  await submitUnlock(page, 'passphrase', STRONG_PASSPHRASE);
  await expectUnlocked(page);
  await openPrintTab(page, fr.print.tabs.calibration);
  await expect(x).toHaveValue('1.5');
  await expect(y).toHaveValue('-0.8');

  await button(page, words.page).click();
  await expectPreviewRendered(page);
  await expect(page.getByRole('img', { name: new RegExp(`^${words.previewLabel}`, 'u') })).toBeVisible();
  await keepScreenshot(harness, 'print-calibration-page');
  await expectAccessible(harness);
});
