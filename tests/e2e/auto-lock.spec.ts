import { fr } from '../../shared/i18n/fr';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import {
  button,
  createVaultThroughUi,
  expectReload,
  field,
  openNav,
  pageHeading,
  settingsSection,
} from './support/flows';

test('the vault locks itself after the chosen idle time, and not before', async ({ harness }) => {
  const page = harness.page;
  // The renderer's idle timer runs on page.clock from the first script on.
  await page.clock.install();
  await createVaultThroughUi(harness);
  await openNav(page, fr.nav.settings);

  const autoLock = settingsSection(page, fr.settings.autoLock.heading);
  await field(autoLock, fr.settings.autoLock.label).fill('0');
  await button(autoLock, fr.common.save).click();
  await expect(autoLock.getByRole('alert')).toHaveText(fr.settings.autoLock.invalid);
  await field(autoLock, fr.settings.autoLock.label).fill('2');
  await button(autoLock, fr.common.save).click();
  await expect(autoLock.getByRole('status')).toHaveText(fr.common.saved);
  expect(harness.app.context.preferences.get().autoLockMinutes).toBe(2);

  // Activity resets the timer: idle 1 min 50 s, a key press, idle 1 min 50 s again: still open.
  await page.clock.fastForward('01:50');
  await page.keyboard.press('Tab');
  await page.clock.fastForward('01:50');
  await expect(pageHeading(page, fr.settings.title)).toBeVisible();
  expect(harness.app.context.vault.isUnlocked).toBe(true);

  await expectReload(page, () => page.clock.fastForward('00:15'));
  await expect(pageHeading(page, fr.unlock.title)).toBeVisible();
  expect(harness.app.context.vault.isUnlocked).toBe(false);
  await keepScreenshot(harness, '15-auto-locked');
  await expectAccessible(harness);
});
