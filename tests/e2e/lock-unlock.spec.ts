import { fr } from '../../shared/i18n/fr';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import {
  createVaultThroughUi,
  expectReload,
  expectUnlocked,
  expectUnlockRefused,
  field,
  lockWithButton,
  pageHeading,
  STRONG_PASSPHRASE,
  submitUnlock,
} from './support/flows';

test('the Lock button locks; a wrong passphrase is refused in French; the right one unlocks', async ({ harness }) => {
  const page = harness.page;
  await createVaultThroughUi(harness);
  await lockWithButton(page);
  expect(harness.app.context.vault.isUnlocked).toBe(false);
  await expect(field(page, fr.unlock.passphrase)).toBeFocused();
  await keepScreenshot(harness, '11-unlock');
  await expectAccessible(harness);

  await submitUnlock(page, 'passphrase', 'pas la bonne phrase du tout');
  await expectUnlockRefused(page);
  await expect(page.getByRole('alert')).toHaveText('Phrase secrète ou code de secours incorrect.');
  await keepScreenshot(harness, '12-unlock-wrong-passphrase');
  await expectAccessible(harness);

  await submitUnlock(page, 'passphrase', STRONG_PASSPHRASE);
  await expectUnlocked(page);
  expect(harness.app.context.vault.isUnlocked).toBe(true);
});

test('Ctrl+L locks, and Ctrl+Shift+L (panic) locks at once', async ({ harness }) => {
  const page = harness.page;
  await createVaultThroughUi(harness);
  let locks = 0;
  harness.app.context.vault.onEvent((event) => {
    if (event === 'locked') locks += 1;
  });
  await expectReload(page, () => page.keyboard.press('Control+L'));
  await expect(pageHeading(page, fr.unlock.title)).toBeVisible();
  expect(locks).toBe(1);

  await submitUnlock(page, 'passphrase', STRONG_PASSPHRASE);
  await expectUnlocked(page);
  await expectReload(page, () => page.keyboard.press('Control+Shift+L'));
  await expect(pageHeading(page, fr.unlock.title)).toBeVisible();
  expect(locks).toBe(2);
});
