import { fr } from '../../shared/i18n/fr';
import { wordlists } from '../../shared/vault/passphrase/wordlists';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import {
  button,
  confirmPassphraseChange,
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
  await confirmPassphraseChange(page);
  await expect(change.getByRole('alert')).toHaveText(fr.errors.WRONG_PASSPHRASE);

  await field(change, fr.settings.changePassphrase.current).fill(STRONG_PASSPHRASE);
  await confirmPassphraseChange(page);
  const changed = page.getByRole('dialog', { name: fr.rekey.passphraseTitle });
  await expect(changed.getByRole('status')).toHaveText(fr.rekey.passphraseChanged);
  await keepScreenshot(harness, '22-passphrase-changed');
  await expectAccessible(harness);
  await button(changed, fr.rekey.close).click();
  await expect(field(change, fr.settings.changePassphrase.next)).toHaveValue('');

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
  await expect(confirm).toContainText(fr.rekey.before);
  await button(confirm, fr.settings.newRecovery.confirmAction).click();

  const shown = page.getByRole('dialog', { name: fr.recovery.title });
  await expect(shown.getByRole('status')).toHaveText(fr.rekey.recoveryCodeChanged);
  await expect(shown).toContainText(fr.rekey.noBackups);
  await expect(shown).toContainText(fr.rekey.elsewhereRecoveryCode);
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

test('Settings proposes a new passphrase in both fields, and the proposed one is the one that then unlocks', async ({
  harness,
}) => {
  const page = harness.page;
  await createVaultThroughUi(harness);
  await openNav(page, fr.nav.settings);

  const change = settingsSection(page, fr.settings.changePassphrase.heading);
  await field(change, fr.settings.changePassphrase.current).fill(STRONG_PASSPHRASE);
  const propose = button(change, fr.passphrase.generate);
  await propose.focus();
  await page.keyboard.press('Enter');
  const proposed = change.getByTestId('proposed-passphrase');
  const passphrase = (await proposed.textContent()) ?? '';
  expect(passphrase.split(' ')).toHaveLength(6);
  for (const word of passphrase.split(' ')) expect(wordlists.fr).toContain(word);
  await expect(field(change, fr.settings.changePassphrase.next)).toHaveValue(passphrase);
  await expect(field(change, fr.settings.changePassphrase.confirm)).toHaveValue(passphrase);
  await expect(change.locator('.strength-ok')).toHaveText(fr.strength.level4);
  await keepScreenshot(harness, '22b-passphrase-proposed');
  await expectAccessible(harness);

  await confirmPassphraseChange(page);
  const changed = page.getByRole('dialog', { name: fr.rekey.passphraseTitle });
  await expect(changed.getByRole('status')).toHaveText(fr.rekey.passphraseChanged);
  await button(changed, fr.rekey.close).click();
  // Once changed, the fields are empty and the proposal is no longer on screen.
  await expect(proposed).toHaveCount(0);

  await lockWithButton(page);
  await submitUnlock(page, 'passphrase', STRONG_PASSPHRASE);
  await expectUnlockRefused(page);
  await submitUnlock(page, 'passphrase', passphrase);
  await expectUnlocked(page);
});
