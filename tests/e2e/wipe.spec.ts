import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import { BACKUP_EXTENSION } from '../../db/vault/backup-archive';
import { VaultSession } from '../../db/vault/vault-session';
import { CHEAP_KDF, expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { snapshotDir } from './support/files';
import {
  button,
  createVaultThroughUi,
  expectNoSidewaysScroll,
  expectReload,
  field,
  lockWithButton,
  openNav,
  pageHeading,
  settingsSection,
  SMALL_WINDOW,
  STRONG_PASSPHRASE,
  submitUnlock,
} from './support/flows';
import type { Harness } from './support/harness';

/** What the data folder holds besides the preferences, which a wipe keeps (the language of the next first run). */
function vaultFilesLeft(harness: Harness): string[] {
  return fs.readdirSync(harness.dataDir).filter((name) => name !== 'preferences.json');
}

/** A vault made and locked before the page opens, with one backup inside its data folder. */
async function lockedVaultWithLocalBackup(harness: Harness): Promise<void> {
  const session = new VaultSession({ dataDir: harness.dataDir, kdf: CHEAP_KDF });
  await session.create(STRONG_PASSPHRASE);
  fs.mkdirSync(session.paths.backups, { recursive: true });
  await session.backupTo(path.join(session.paths.backups, `parloir-manual${BACKUP_EXTENSION}`));
  await session.lock();
}

/**
 * Records every error alert the page shows from now until it unloads: a wipe must go straight to the first-run
 * screen, with no error on the way (the vault disappears under the page before the host reloads it).
 */
async function recordAlerts(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction('__parloirSawAlert', (text: string) => seen.push(text));
  await page.evaluate(() => {
    const report = (window as unknown as { __parloirSawAlert: (text: string) => void }).__parloirSawAlert;
    const check = () => document.querySelectorAll('[role="alert"]').forEach((alert) => report(alert.textContent ?? ''));
    check();
    new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return seen;
}

test('Settings wipes the vault once « EFFACER » is typed: first run, no error on the way, no vault file left', async ({
  harness,
}) => {
  const page = harness.page;
  const paths = harness.app.context.vault.paths;
  await createVaultThroughUi(harness);
  // Unlocking writes the daily automatic backup into the data folder: the wipe must take it too.
  await lockWithButton(page);
  await submitUnlock(page, 'passphrase', STRONG_PASSPHRASE);
  await expect(pageHeading(page, fr.nav.dashboard)).toBeVisible();
  expect(fs.readdirSync(paths.backups).filter((name) => name.endsWith(BACKUP_EXTENSION))).toHaveLength(1);

  await openNav(page, fr.nav.settings);
  const danger = settingsSection(page, fr.wipe.heading);
  await button(danger, fr.wipe.open).click();
  const dialog = page.getByRole('dialog', { name: fr.wipe.title });
  await expect(dialog).toContainText(fr.wipe.destroyed);
  await expect(dialog).toContainText(fr.wipe.elsewhere);
  await expect(button(dialog, fr.common.cancel)).toBeFocused();
  const word = field(dialog, fr.wipe.typeLabel.replace('{{word}}', fr.wipe.word));
  const wipe = button(dialog, fr.wipe.confirm);
  await expect(wipe).toBeDisabled();
  for (const notYet of ['EFFACE', 'WIPE', 'effacer tout']) {
    await word.fill(notYet);
    await expect(wipe).toBeDisabled();
  }
  // The word is compared without case, accents or surrounding spaces.
  await word.fill('  Éffacer ');
  await expect(wipe).toBeEnabled();
  await keepScreenshot(harness, 'wipe-dialog-fr-1280');
  await expectAccessible(harness);
  await page.setViewportSize(SMALL_WINDOW);
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, 'wipe-dialog-fr-1024');
  await page.setViewportSize({ width: 1280, height: 800 });

  // Cancel leaves everything as it was, and gives the focus back to the button that opened the dialog.
  await button(dialog, fr.common.cancel).click();
  await expect(dialog).toHaveCount(0);
  await expect(button(danger, fr.wipe.open)).toBeFocused();
  expect(fs.existsSync(paths.keyslots)).toBe(true);

  await button(danger, fr.wipe.open).click();
  await word.fill('EFFACER');
  const alerts = await recordAlerts(page);
  await expectReload(page, () => wipe.click());
  await expect(pageHeading(page, fr.firstRun.title)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(alerts).toEqual([]);
  expect(vaultFilesLeft(harness)).toEqual([]);
  expect(harness.app.context.vault.status()).toEqual({ state: 'absent' });
});

test('the unlock screen wipes the vault in English, by keyboard alone and without the passphrase', async ({
  harness,
}) => {
  const page = harness.page;
  await lockedVaultWithLocalBackup(harness);
  harness.app.context.preferences.set({ ...harness.app.context.preferences.get(), language: 'en' });
  const before = snapshotDir(harness.dataDir);
  await harness.open();
  await expect(pageHeading(page, en.unlock.title)).toBeVisible();
  await expect(field(page, en.unlock.passphrase)).toBeFocused();

  const open = button(page, en.wipe.open);
  for (
    let presses = 0;
    presses < 10 && !(await open.evaluate((element) => element === document.activeElement));
    presses++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(open).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: en.wipe.title });
  await expect(dialog).toContainText(en.wipe.elsewhere);
  await expect(button(dialog, en.common.cancel)).toBeFocused();
  // Escape backs out and changes nothing.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(open).toBeFocused();
  expect(snapshotDir(harness.dataDir)).toEqual(before);

  await page.keyboard.press('Enter');
  await expect(button(dialog, en.common.cancel)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  const word = field(dialog, en.wipe.typeLabel.replace('{{word}}', en.wipe.word));
  await expect(word).toBeFocused();
  await page.keyboard.type('wipe');
  await keepScreenshot(harness, 'wipe-dialog-en-1280');
  await expectAccessible(harness);
  await page.setViewportSize(SMALL_WINDOW);
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, 'wipe-dialog-en-1024');
  await page.keyboard.press('Tab');
  await expect(button(dialog, en.common.cancel)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(button(dialog, en.wipe.confirm)).toBeFocused();
  await expectReload(page, () => page.keyboard.press('Enter'));

  // The preferences stay: the first run speaks English.
  await expect(pageHeading(page, en.firstRun.title)).toBeVisible();
  expect(vaultFilesLeft(harness)).toEqual([]);
  expect(harness.app.context.preferences.get().language).toBe('en');
});

test('the damaged-vault screen offers the wipe as well', async ({ harness }) => {
  const page = harness.page;
  await lockedVaultWithLocalBackup(harness);
  fs.writeFileSync(harness.app.context.vault.paths.keyslots, '{"format":"parloir-keyslots","version":1,');
  await harness.open();
  await expect(pageHeading(page, fr.damaged.title)).toBeVisible();

  await button(page, fr.wipe.open).click();
  const dialog = page.getByRole('dialog', { name: fr.wipe.title });
  await field(dialog, fr.wipe.typeLabel.replace('{{word}}', fr.wipe.word)).fill('effacer');
  await expectReload(page, () => button(dialog, fr.wipe.confirm).click());
  await expect(pageHeading(page, fr.firstRun.title)).toBeVisible();
  expect(vaultFilesLeft(harness)).toEqual([]);
});
