import { fr } from '../../shared/i18n/fr';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { button, createVaultThroughUi, expectUnlocked, field, lockWithButton, submitUnlock } from './support/flows';

test('the recovery code from first run unlocks the vault', async ({ harness }) => {
  const page = harness.page;
  const code = await createVaultThroughUi(harness);
  await lockWithButton(page);

  await button(page, fr.unlock.useRecovery).click();
  await expect(field(page, fr.unlock.recoveryCode)).toBeFocused();
  await expect(page.getByText(fr.unlock.introRecovery)).toBeVisible();
  await keepScreenshot(harness, '16-unlock-recovery-code');
  await expectAccessible(harness);

  // Written by hand: lower case, spaces instead of dashes.
  await submitUnlock(page, 'recoveryCode', code.toLowerCase().replaceAll('-', ' '));
  await expectUnlocked(page);
  expect(harness.app.context.vault.isUnlocked).toBe(true);
});
