import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { button, createVaultThroughUi, field, lockWithButton, openNav, pageHeading } from './support/flows';

test('switching to English in Settings changes the UI at once and survives lock and reload', async ({ harness }) => {
  const page = harness.page;
  await createVaultThroughUi(harness);
  await openNav(page, fr.nav.settings);
  await page.getByRole('main').getByLabel(fr.language.label, { exact: true }).selectOption('en');

  await expect(pageHeading(page, en.settings.title)).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('button', { name: en.nav.prisoners, exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(harness.app.context.preferences.get().language).toBe('en');
  await keepScreenshot(harness, '13-settings-english');
  await expectAccessible(harness);

  await lockWithButton(page, en.frame.lock, en.unlock.title);
  await expect(field(page, en.unlock.passphrase)).toBeVisible();
  await page.reload();
  await expect(pageHeading(page, en.unlock.title)).toBeVisible();
  await expect(button(page, en.unlock.submit)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await keepScreenshot(harness, '14-unlock-english');
  await expectAccessible(harness);

  // The switcher on the locked screen goes back to French.
  await page.getByLabel(en.language.label, { exact: true }).selectOption('fr');
  await expect(pageHeading(page, fr.unlock.title)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});
