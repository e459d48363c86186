import fs from 'node:fs';
import path from 'node:path';
import { fr } from '../../shared/i18n/fr';
import { BACKUP_EXTENSION } from '../../db/vault/backup-archive';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { sha256 } from './support/files';
import {
  button,
  createVaultThroughUi,
  expectReload,
  field,
  openNav,
  settingsSection,
  STRONG_PASSPHRASE,
} from './support/flows';

test('back up now, then restore that backup: a wrong secret changes nothing, the right one brings the old data back', async ({
  harness,
}) => {
  const page = harness.page;
  const paths = harness.app.context.vault.paths;
  const backupFolder = test.info().outputPath('backup-folder');
  fs.mkdirSync(backupFolder, { recursive: true });
  await createVaultThroughUi(harness);
  await openNav(page, fr.nav.settings);

  const group = settingsSection(page, fr.settings.group.heading);
  await field(group, fr.settings.group.label).fill('Collectif des Lilas');
  await button(group, fr.common.save).click();
  await expect(page.getByRole('banner')).toContainText('Collectif des Lilas');

  // Cancelling the folder dialog writes nothing and says nothing.
  const backup = settingsSection(page, fr.settings.backup.heading);
  harness.nextBackupFolder = null;
  await button(backup, fr.settings.backup.button).click();
  await expect(button(backup, fr.settings.backup.button)).toBeEnabled();
  await expect(backup.getByRole('status')).toHaveCount(0);

  harness.nextBackupFolder = backupFolder;
  await button(backup, fr.settings.backup.button).click();
  await expect(backup.getByRole('status')).toContainText(backupFolder);
  const written = fs.readdirSync(backupFolder).filter((name) => name.endsWith(BACKUP_EXTENSION));
  expect(written).toHaveLength(1);
  const backupFile = path.join(backupFolder, written[0] ?? '');
  await expect(backup.getByRole('status')).toContainText(path.basename(backupFile));
  await keepScreenshot(harness, '17-backup-written');
  await expectAccessible(harness);

  await field(group, fr.settings.group.label).fill('Nouveau nom');
  await button(group, fr.common.save).click();
  await expect(page.getByRole('banner')).toContainText('Nouveau nom');

  harness.nextBackupFile = backupFile;
  const restoreSection = settingsSection(page, fr.settings.restore.heading);
  await button(restoreSection, fr.restore.start).click();
  const dialog = page.getByRole('dialog', { name: fr.restore.title });
  await expect(dialog).toContainText(path.basename(backupFile));
  await expect(field(dialog, fr.unlock.passphrase)).toBeFocused();
  await keepScreenshot(harness, '18-restore-dialog');
  await expectAccessible(harness);

  const keyslotsBefore = sha256(paths.keyslots);
  await field(dialog, fr.unlock.passphrase).fill('une phrase qui ne va pas');
  await button(dialog, fr.restore.next).click();
  await expect(dialog.getByText(fr.restore.confirmBody)).toBeVisible();
  await keepScreenshot(harness, '19-restore-confirm');
  await expectAccessible(harness);
  await button(dialog, fr.restore.confirmAction).click();
  await expect(dialog.getByRole('alert')).toHaveText(fr.errors.WRONG_PASSPHRASE);
  await keepScreenshot(harness, '20-restore-wrong-secret');
  await expectAccessible(harness);
  expect(sha256(paths.keyslots)).toBe(keyslotsBefore);
  expect(
    fs.existsSync(paths.backups) ? fs.readdirSync(paths.backups).filter((n) => n.includes('pre-restore')) : [],
  ).toEqual([]);
  await expect(page.getByRole('banner')).toContainText('Nouveau nom');

  await field(dialog, fr.unlock.passphrase).fill(STRONG_PASSPHRASE);
  await button(dialog, fr.restore.next).click();
  await expect(dialog).toContainText(fr.rekey.beforeRestore);
  // Held before it reaches the vault, the restore is pending for as long as the test needs to look: it says how far
  // it is, and nothing dismisses the dialog, not even Escape pressed again and again.
  const held = harness.hold('vault:restore');
  await button(dialog, fr.restore.confirmAction).click();
  await held.arrived;
  await expect(dialog.getByRole('status')).toHaveText(fr.rekey.phase.checkBackup);
  await expect(dialog.getByRole('progressbar')).toBeVisible();
  await expect(button(dialog, fr.restore.back)).toBeDisabled();
  for (let presses = 0; presses < 3; presses++) await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await keepScreenshot(harness, '20b-restore-running');
  await expectAccessible(harness);
  await expectReload(page, async () => {
    await held.release();
  });
  await expect(page.getByRole('banner')).toContainText('Collectif des Lilas');
  expect(harness.app.context.vault.isUnlocked).toBe(true);
  const preRestore = fs
    .readdirSync(paths.backups)
    .filter((name) => name.startsWith('parloir-pre-restore') && name.endsWith(BACKUP_EXTENSION));
  expect(preRestore).toHaveLength(1);
  // The reloaded window says what the restore did, once: the new key, the copy kept, what no restore reaches.
  const outcome = page.getByRole('dialog', { name: fr.rekey.restoreTitle });
  await expect(outcome).toContainText(/a reçu une nouvelle clé/);
  await expect(outcome).toContainText(preRestore[0] ?? '');
  await expect(outcome).toContainText(fr.rekey.elsewhereRestore);
  await expect(outcome).toContainText(fr.rekey.noOtherBackups);
  await keepScreenshot(harness, '21-restored');
  await expectAccessible(harness);
  await button(outcome, fr.rekey.close).click();
  await expect(outcome).toBeHidden();
  await page.reload();
  await expect(page.getByRole('banner')).toContainText('Collectif des Lilas');
  await expect(page.getByRole('dialog', { name: fr.rekey.restoreTitle })).toHaveCount(0);
});
