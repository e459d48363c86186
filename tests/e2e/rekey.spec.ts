import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import { BACKUP_EXTENSION } from '../../db/vault/backup-archive';
import { VaultSession } from '../../db/vault/vault-session';
import { PASSPHRASE } from '../support/cheap-kdf';
import { downgradeToFormat1 } from '../support/legacy-slots';
import { CHEAP_KDF, expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import {
  button,
  confirmPassphraseChange,
  createVaultThroughUi,
  expectNoSidewaysScroll,
  expectReload,
  expectUnlocked,
  expectUnlockRefused,
  field,
  lockWithButton,
  openNav,
  OTHER_STRONG_PASSPHRASE,
  pageHeading,
  RECOVERY_CODE_PATTERN,
  settingsSection,
  SMALL_WINDOW,
  STRONG_PASSPHRASE,
  submitUnlock,
} from './support/flows';

const counted = (text: string, count: number) => text.replace('{{count}}', String(count));
const backupsIn = (folder: string) =>
  fs
    .readdirSync(folder)
    .filter((name) => name.endsWith(BACKUP_EXTENSION))
    .sort();

/** A backup that the vault's key does not open (here, of another vault): a re-key can only remove it. */
async function foreignBackup(target: string): Promise<void> {
  const other = new VaultSession({
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'parloir-e2e-other-')),
    kdf: CHEAP_KDF,
  });
  await other.create(OTHER_STRONG_PASSPHRASE);
  await other.backupTo(target);
  await other.lock();
  fs.rmSync(other.paths.dataDir, { recursive: true, force: true });
}

test('changing the passphrase re-keys the vault and its local backups, shows how far it is, what it did and what it cannot reach', async ({
  harness,
}) => {
  const page = harness.page;
  const paths = harness.app.context.vault.paths;
  await createVaultThroughUi(harness);
  // Unlocking writes the daily automatic backup into the data folder; "back up now" into it adds another.
  await lockWithButton(page);
  await submitUnlock(page, 'passphrase', STRONG_PASSPHRASE);
  await expectUnlocked(page);
  await openNav(page, fr.nav.settings);
  const backup = settingsSection(page, fr.settings.backup.heading);
  harness.nextBackupFolder = paths.backups;
  await button(backup, fr.settings.backup.button).click();
  await expect(backup.getByRole('status')).toContainText(paths.backups);
  await foreignBackup(path.join(paths.backups, `parloir-other-vault${BACKUP_EXTENSION}`));
  const before = backupsIn(paths.backups);
  expect(before).toHaveLength(3);

  const change = settingsSection(page, fr.settings.changePassphrase.heading);
  await field(change, fr.settings.changePassphrase.current).fill(STRONG_PASSPHRASE);
  await field(change, fr.settings.changePassphrase.next).fill(OTHER_STRONG_PASSPHRASE);
  await field(change, fr.settings.changePassphrase.confirm).fill(OTHER_STRONG_PASSPHRASE);
  await button(change, fr.settings.changePassphrase.submit).click();
  const dialog = page.getByRole('dialog', { name: fr.settings.changePassphrase.heading });
  await expect(dialog).toContainText(fr.rekey.before);
  await expect(button(dialog, fr.common.cancel)).toBeFocused();

  // Held before it reaches the vault, the call is pending for as long as the test needs to look.
  const held = harness.hold('vault:changePassphrase');
  await button(dialog, fr.settings.changePassphrase.submit).click();
  await held.arrived;
  await expect(dialog.getByRole('status')).toHaveText(fr.rekey.phase.check);
  await expect(dialog.getByRole('progressbar')).toBeVisible();
  await expect(button(dialog, fr.common.cancel)).toBeDisabled();
  // Chromium lets a repeated Escape close a modal dialog that refused the first one: this one must stay all the same.
  for (let presses = 0; presses < 3; presses++) await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await keepScreenshot(harness, 'rekey-progress-fr-1280');
  await expectAccessible(harness);
  const answered = held.release();

  const done = page.getByRole('dialog', { name: fr.rekey.passphraseTitle });
  await expect(done.getByRole('status')).toHaveText(fr.rekey.passphraseChanged);
  await expect(done.getByRole('listitem')).toHaveText([
    counted(fr.rekey.reencrypted_other, 2),
    counted(fr.rekey.removed_one, 1),
  ]);
  await expect(done).toContainText(fr.rekey.elsewherePassphrase);
  await expect(button(done, fr.rekey.close)).toBeFocused();
  await keepScreenshot(harness, 'passphrase-changed-fr-1280');
  await expectAccessible(harness);
  await page.setViewportSize(SMALL_WINDOW);
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, 'passphrase-changed-fr-1024');
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(backupsIn(paths.backups)).toEqual(before.filter((name) => !name.includes('other-vault')));
  expect(await answered).toEqual({ ok: true, value: { backupsReencrypted: 2, backupsRemoved: 1, recoveryCode: null } });

  await page.keyboard.press('Enter');
  await expect(done).toHaveCount(0);
  await expect(button(change, fr.settings.changePassphrase.submit)).toBeFocused();
  await expect(field(change, fr.settings.changePassphrase.next)).toHaveValue('');

  await lockWithButton(page);
  await submitUnlock(page, 'passphrase', STRONG_PASSPHRASE);
  await expectUnlockRefused(page);
  await submitUnlock(page, 'passphrase', OTHER_STRONG_PASSPHRASE);
  await expectUnlocked(page);
});

test('Ctrl+L still locks while the change-passphrase dialog waits for the vault, and the passphrase stays as it was', async ({
  harness,
}) => {
  const page = harness.page;
  await createVaultThroughUi(harness);
  await openNav(page, fr.nav.settings);
  const change = settingsSection(page, fr.settings.changePassphrase.heading);
  await field(change, fr.settings.changePassphrase.current).fill(STRONG_PASSPHRASE);
  await field(change, fr.settings.changePassphrase.next).fill(OTHER_STRONG_PASSPHRASE);
  await field(change, fr.settings.changePassphrase.confirm).fill(OTHER_STRONG_PASSPHRASE);
  const held = harness.hold('vault:changePassphrase');
  await confirmPassphraseChange(page);
  await held.arrived;
  await expect(
    page.getByRole('dialog', { name: fr.settings.changePassphrase.heading }).getByRole('progressbar'),
  ).toBeVisible();

  // The modal dialog does not keep the lock shortcut from the window.
  await expectReload(page, () => page.keyboard.press('Control+L'));
  await expect(pageHeading(page, fr.unlock.title)).toBeVisible();
  // The call now reaches a locked vault: it is refused and changes nothing.
  expect(await held.release()).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
  await submitUnlock(page, 'passphrase', OTHER_STRONG_PASSPHRASE);
  await expectUnlockRefused(page);
  await submitUnlock(page, 'passphrase', STRONG_PASSPHRASE);
  await expectUnlocked(page);
});

test('a vault made by Parloir 0.1 gets a new recovery code with its first change of passphrase, shown once with the reason', async ({
  harness,
}) => {
  const page = harness.page;
  const session = new VaultSession({ dataDir: harness.dataDir, kdf: CHEAP_KDF });
  const oldCode = await session.create(PASSPHRASE);
  await session.lock();
  await downgradeToFormat1(harness.dataDir, oldCode);
  harness.app.context.preferences.set({ ...harness.app.context.preferences.get(), language: 'en' });

  await harness.open();
  await field(page, en.unlock.passphrase).fill(PASSPHRASE);
  await button(page, en.unlock.submit).click();
  await expect(pageHeading(page, en.nav.dashboard)).toBeVisible();
  await openNav(page, en.nav.settings);
  const change = settingsSection(page, en.settings.changePassphrase.heading);
  await field(change, en.settings.changePassphrase.current).fill(PASSPHRASE);
  await field(change, en.settings.changePassphrase.next).fill(OTHER_STRONG_PASSPHRASE);
  await field(change, en.settings.changePassphrase.confirm).fill(OTHER_STRONG_PASSPHRASE);
  await button(change, en.settings.changePassphrase.submit).click();
  const dialog = page.getByRole('dialog', { name: en.settings.changePassphrase.heading });
  await expect(dialog).toContainText(en.rekey.before);
  await button(dialog, en.settings.changePassphrase.submit).click();

  const done = page.getByRole('dialog', { name: en.rekey.passphraseTitle });
  await expect(done.getByRole('status')).toHaveText(en.rekey.passphraseChanged);
  // The unlock wrote the day's automatic backup, under the key the vault had then.
  await expect(done.getByRole('listitem')).toHaveText([counted(en.rekey.reencrypted_one, 1)]);
  await expect(done).toContainText(en.rekey.elsewhereBoth);
  await expect(done).toContainText(en.rekey.oldFormatCode);
  const code = done.getByTestId('recovery-code');
  await expect(code).toHaveText(RECOVERY_CODE_PATTERN);
  const newCode = (await code.textContent()) ?? '';
  expect(newCode).not.toBe(oldCode);
  // Shown once: no way out, not even Escape pressed again and again, until the code is written down.
  await expect(button(done, en.rekey.close)).toBeDisabled();
  for (let presses = 0; presses < 3; presses++) await page.keyboard.press('Escape');
  await expect(done).toBeVisible();
  await keepScreenshot(harness, 'passphrase-changed-new-code-en-1280');
  await expectAccessible(harness);
  await page.setViewportSize(SMALL_WINDOW);
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, 'passphrase-changed-new-code-en-1024');
  await page.setViewportSize({ width: 1280, height: 800 });
  await done.getByLabel(en.recovery.writtenDown).check();
  await button(done, en.rekey.close).click();
  await expect(done).toHaveCount(0);

  await lockWithButton(page, en.frame.lock, en.unlock.title);
  await button(page, en.unlock.useRecovery).click();
  await field(page, en.unlock.recoveryCode).fill(oldCode);
  await button(page, en.unlock.submit).click();
  await expect(page.getByRole('alert')).toHaveText(en.errors.WRONG_PASSPHRASE);
  await field(page, en.unlock.recoveryCode).fill(newCode);
  await button(page, en.unlock.submit).click();
  await expect(pageHeading(page, en.nav.dashboard)).toBeVisible();
});
