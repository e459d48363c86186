import fs from 'node:fs';
import { fr } from '../../shared/i18n/fr';
import type { FeaturePageId } from '../../renderer/screens/pages';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { button, expectNoSidewaysScroll, field, pageHeading, RECOVERY_CODE_PATTERN, SMALL_WINDOW, STRONG_PASSPHRASE } from './support/flows';

test('first run refuses weak and mismatched passphrases, shows the recovery code once, then opens every section', async ({ harness }) => {
  const page = harness.page;
  await harness.open();
  await expect(pageHeading(page, fr.firstRun.title)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(field(page, fr.firstRun.passphrase)).toBeFocused();
  await keepScreenshot(harness, '01-first-run');
  await expectAccessible(harness);

  // Too weak: refused with the reason, and the meter says why in French.
  await field(page, fr.firstRun.passphrase).fill('soleil123');
  await field(page, fr.firstRun.confirm).fill('soleil123');
  await button(page, fr.firstRun.create).click();
  await expect(page.getByRole('alert')).toHaveText(fr.firstRun.reasonWeak);
  await expect(page.locator('.strength-weak')).toHaveText(/Très faible|Faible|Moyenne/);
  await expect(page.getByText(fr.strength.weakAdvice)).toBeVisible();
  await keepScreenshot(harness, '02-first-run-weak');
  await expectAccessible(harness);
  expect(fs.existsSync(harness.app.context.vault.paths.keyslots)).toBe(false);

  // Strong but not repeated the same: refused.
  await field(page, fr.firstRun.passphrase).fill(STRONG_PASSPHRASE);
  await field(page, fr.firstRun.confirm).fill(`${STRONG_PASSPHRASE}x`);
  await button(page, fr.firstRun.create).click();
  await expect(page.getByRole('alert')).toHaveText(fr.firstRun.reasonMismatch);
  await expect(page.locator('.strength-ok')).toHaveText(/Solide|Très solide/);
  await keepScreenshot(harness, '03-first-run-mismatch');
  await expectAccessible(harness);
  expect(fs.existsSync(harness.app.context.vault.paths.keyslots)).toBe(false);

  await field(page, fr.firstRun.confirm).fill(STRONG_PASSPHRASE);
  await button(page, fr.firstRun.create).click();
  await expect(pageHeading(page, fr.recovery.title)).toBeVisible();
  await expect(page.getByTestId('recovery-code')).toHaveText(RECOVERY_CODE_PATTERN);
  await expect(page.getByText(fr.recovery.onceWarning)).toBeVisible();
  await page.setViewportSize(SMALL_WINDOW);
  await expectNoSidewaysScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(button(page, fr.recovery.continue)).toBeDisabled();
  await keepScreenshot(harness, '04-recovery-code');
  await expectAccessible(harness);
  await page.getByLabel(fr.recovery.writtenDown).check();
  await expect(button(page, fr.recovery.continue)).toBeEnabled();
  await button(page, fr.recovery.continue).click();

  await expect(pageHeading(page, fr.nav.prisoners)).toBeVisible();
  await expect(page.getByText(fr.prisoners.empty)).toBeVisible();
  await expect(button(page, fr.frame.lock)).toHaveAttribute('title', fr.frame.lockTitle);
  const nav = page.getByRole('navigation', { name: fr.frame.navLabel });
  const sections = ['prisoners', 'facilities', 'letters', 'parcels', 'money', 'print', 'group', 'settings'] as const;
  const comingLater: readonly string[] = ['letters', 'parcels', 'money'] satisfies FeaturePageId[];
  for (const [index, section] of sections.entries()) {
    const entry = nav.getByRole('button', { name: fr.nav[section], exact: true });
    await entry.focus();
    await page.keyboard.press('Enter');
    await expect(pageHeading(page, fr.nav[section])).toBeVisible();
    await expect(entry).toHaveAttribute('aria-current', 'page');
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
    if (comingLater.includes(section)) {
      await expect(page.getByText(fr.pages[section as FeaturePageId])).toBeVisible();
      await expect(page.getByText(fr.pages.comingSoon)).toBeVisible();
    }
    await keepScreenshot(harness, `${String(5 + index).padStart(2, '0')}-${section}`);
    await expectAccessible(harness);
  }
  await page.setViewportSize(SMALL_WINDOW);
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, '10-settings-1024x700');
});
