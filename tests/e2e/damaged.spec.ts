import fs from 'node:fs';
import { fr } from '../../shared/i18n/fr';
import { VaultSession } from '../../db/vault/vault-session';
import { CHEAP_KDF, expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { snapshotDir } from './support/files';
import { BACKUP_EXTENSION } from '../../db/vault/backup-archive';
import { button, expectReload, field, pageHeading, STRONG_PASSPHRASE, submitUnlock } from './support/flows';
import type { Harness } from './support/harness';

/** A vault made and locked in the harness's data dir before the page opens (by its own session: no reload event). */
async function lockedVault(harness: Harness, backupFile?: string): Promise<void> {
  const session = new VaultSession({ dataDir: harness.dataDir, kdf: CHEAP_KDF });
  await session.create(STRONG_PASSPHRASE);
  if (backupFile) await session.backupTo(backupFile);
  await session.lock();
}

async function expectDamagedScreen(harness: Harness, message: string): Promise<void> {
  const page = harness.page;
  await expect(pageHeading(page, fr.damaged.title)).toBeVisible();
  await expect(page.getByText(message, { exact: true })).toBeVisible();
  await expect(page.getByText(fr.damaged.unchanged)).toBeVisible();
  await expect(button(page, fr.damaged.restore)).toBeVisible();
  await expect(button(page, fr.firstRun.create)).toHaveCount(0);
  await expect(page.getByRole('textbox')).toHaveCount(0);
}

test('a vault.db with one damaged byte gets the damaged screen, never a new vault, and is left as it was', async ({
  harness,
}) => {
  await lockedVault(harness);
  const database = harness.app.context.vault.paths.database;
  const bytes = fs.readFileSync(database);
  // Past the 16-byte salt, inside the first page: its HMAC no longer matches.
  bytes[100] = (bytes[100] ?? 0) ^ 0xff;
  fs.writeFileSync(database, bytes);
  const before = snapshotDir(harness.dataDir);

  await harness.open();
  // The file can only be judged with the key: the unlock attempt finds the damage.
  await submitUnlock(harness.page, 'passphrase', STRONG_PASSPHRASE);
  await expectDamagedScreen(harness, fr.errors.VAULT_CORRUPT);
  await keepScreenshot(harness, '25-damaged-vault');
  await expectAccessible(harness);
  expect(fs.readFileSync(database).equals(bytes)).toBe(true);
  expect(snapshotDir(harness.dataDir)).toEqual(before);
});

test('a damaged key slot file is reported before any unlock, nothing is touched, and a backup restores the vault', async ({
  harness,
}) => {
  const page = harness.page;
  const backupFile = test.info().outputPath(`before-damage${BACKUP_EXTENSION}`);
  await lockedVault(harness, backupFile);
  fs.writeFileSync(harness.app.context.vault.paths.keyslots, '{"format":"parloir-keyslots","version":1,');
  const before = snapshotDir(harness.dataDir);

  await harness.open();
  await expectDamagedScreen(harness, fr.errors.KEYSLOTS_DAMAGED);
  await keepScreenshot(harness, '26-damaged-keyslots');
  await expectAccessible(harness);
  expect(snapshotDir(harness.dataDir)).toEqual(before);

  harness.nextBackupFile = backupFile;
  await button(page, fr.damaged.restore).click();
  const dialog = page.getByRole('dialog', { name: fr.restore.title });
  await field(dialog, fr.unlock.passphrase).fill(STRONG_PASSPHRASE);
  await button(dialog, fr.restore.next).click();
  await expectReload(page, () => button(dialog, fr.restore.confirmAction).click());
  await expect(pageHeading(page, fr.nav.dashboard)).toBeVisible();
  // The damaged files were kept too, as a pre-restore archive.
  const kept = fs
    .readdirSync(harness.app.context.vault.paths.backups)
    .filter((name) => name.startsWith('parloir-pre-restore'));
  expect(kept).toHaveLength(1);
});
