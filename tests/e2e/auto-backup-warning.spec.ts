import fs from 'node:fs';
import { fr } from '../../shared/i18n/fr';
import { VaultSession } from '../../db/vault/vault-session';
import { CHEAP_KDF, expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { button, expectUnlocked, STRONG_PASSPHRASE, submitUnlock } from './support/flows';

test('when the automatic backup on unlock fails, the unlocked app says so', async ({ harness }) => {
  const page = harness.page;
  const session = new VaultSession({ dataDir: harness.dataDir, kdf: CHEAP_KDF });
  await session.create(STRONG_PASSPHRASE);
  await session.lock();
  // A file where the backups folder should be: the daily backup cannot be written.
  fs.writeFileSync(harness.app.context.vault.paths.backups, 'not a folder');

  await harness.open();
  await submitUnlock(page, 'passphrase', STRONG_PASSPHRASE);
  await expectUnlocked(page);
  const warning = page.getByRole('alert');
  await expect(warning).toContainText(fr.frame.autoBackupFailed);
  await keepScreenshot(harness, '27-auto-backup-failed');
  await expectAccessible(harness);
  await button(warning, fr.frame.dismiss).click();
  await expect(page.getByText(fr.frame.autoBackupFailed)).toHaveCount(0);
});
