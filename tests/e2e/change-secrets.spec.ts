import { fr } from '../../shared/i18n/fr';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import {
  button,
  createVaultThroughUi,
  expectUnlocked,
  expectUnlockRefused,
  field,
  lockWithButton,
  openNav,
  OTHER_STRONG_PASSPHRASE,
  RECOVERY_CODE_PATTERN,
  settingsSection,
  STRONG_PASSPHRASE,
  submitUnlock,
} from './support/flows';

test('a changed passphrase and a new recovery code replace the old ones', async ({ harness }) => {
  const page = harness.page;
  const oldCode = await createVaultThroughUi(harness);
  await openNav(page, fr.nav.settings);

  const change = settingsSection(page, fr.settings.changePassphrase.heading);
  await field(change, fr.settings.changePassphrase.current).fill('pas la phrase actuelle');
  await field(change, fr.settings.changePassphrase.next).fill(OTHER_STRONG_PASSPHRASE);
  await field(change, fr.settings.changePassphrase.confirm).fill(OTHER_STRONG_PASSPHRASE);
  await button(change, fr.settings.changePassphrase.submit).click();
  await expect(change.getByRole('alert')).toHaveText(fr.errors.WRONG_PASSPHRASE);

  await field(change, fr.settings.changePassphrase.current).fill(STRONG_PASSPHRASE);
  await button(change, fr.settings.changePassphrase.submit).click();
  await expect(change.getByRole('status')).toHaveText(fr.settings.changePassphrase.done);
  await expect(field(change, fr.settings.changePassphrase.next)).toHaveValue('');
  await keepScreenshot(harness, '22-passphrase-changed');
  await expectAccessible(harness);

  const renew = settingsSection(page, fr.settings.newRecovery.heading);
  await field(renew, fr.settings.newRecovery.passphrase).fill(OTHER_STRONG_PASSPHRASE);
  await button(renew, fr.settings.newRecovery.submit).click();
  const confirm = page.getByRole('dialog', { name: fr.settings.newRecovery.confirmTitle });
  await expect(confirm).toContainText(fr.settings.newRecovery.confirmBody);
  await expect(button(confirm, fr.common.cancel)).toBeFocused();
  await keepScreenshot(harness, '23-new-recovery-confirm');
  await expectAccessible(harness);
  // Escape backs out without changing anything.
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await button(renew, fr.settings.newRecovery.submit).click();
  await button(confirm, fr.settings.newRecovery.confirmAction).click();

  const shown = page.getByRole('dialog', { name: fr.recovery.title });
  await expect(shown.getByTestId('recovery-code')).toHaveText(RECOVERY_CODE_PATTERN);
  const newCode = (await shown.getByTestId('recovery-code').textContent()) ?? '';
  expect(newCode).not.toBe(oldCode);
  await expect(button(shown, fr.settings.newRecovery.done)).toBeDisabled();
  await keepScreenshot(harness, '24-new-recovery-code');
  await expectAccessible(harness);
  await shown.getByLabel(fr.recovery.writtenDown).check();
  await button(shown, fr.settings.newRecovery.done).click();
  await expect(shown).toHaveCount(0);

  await lockWithButton(page);
  await submitUnlock(page, 'passphrase', STRONG_PASSPHRASE);
  await expectUnlockRefused(page);
  await submitUnlock(page, 'passphrase', OTHER_STRONG_PASSPHRASE);
  await expectUnlocked(page);

  await lockWithButton(page);
  await submitUnlock(page, 'recoveryCode', oldCode);
  await expectUnlockRefused(page);
  await submitUnlock(page, 'recoveryCode', newCode);
  await expectUnlocked(page);
});
