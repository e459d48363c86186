import fs from 'node:fs';
import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import { wordlists } from '../../shared/vault/passphrase/wordlists';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import {
  button,
  expectNoSidewaysScroll,
  expectUnlocked,
  field,
  lockWithButton,
  pageHeading,
  RECOVERY_CODE_PATTERN,
  SMALL_WINDOW,
  STRONG_PASSPHRASE,
  submitUnlock,
} from './support/flows';

test('first run refuses weak and mismatched passphrases, shows the recovery code once, then opens every section', async ({
  harness,
}) => {
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

  // Rated 4 by zxcvbn but fewer than 4 words and 16 characters: refused as too short, and the meter says so.
  await field(page, fr.firstRun.passphrase).fill('k8#2qZ!9x@4&');
  await field(page, fr.firstRun.confirm).fill('k8#2qZ!9x@4&');
  await button(page, fr.firstRun.create).click();
  await expect(page.getByRole('alert')).toHaveText(fr.firstRun.reasonTooShort);
  await expect(page.locator('.strength-weak')).toHaveText(fr.strength.level4);
  await expect(page.locator('.strength-feedback')).toContainText(fr.passphrase.tooShort);

  // Slogans are among the first guesses: named as such, in French.
  await field(page, fr.firstRun.passphrase).fill('acab 1312 antifa');
  await field(page, fr.firstRun.confirm).fill('acab 1312 antifa');
  await button(page, fr.firstRun.create).click();
  await expect(page.getByRole('alert')).toHaveText(fr.firstRun.reasonWeak);
  await expect(page.locator('.strength-feedback')).toContainText('À éviter\u00a0: «\u202facab, 1312, antifa\u202f»');
  await keepScreenshot(harness, '02b-first-run-activist-words');
  expect(fs.existsSync(harness.app.context.vault.paths.keyslots)).toBe(false);

  // Strong but not repeated the same: refused.
  await field(page, fr.firstRun.passphrase).fill(STRONG_PASSPHRASE);
  await field(page, fr.firstRun.confirm).fill(`${STRONG_PASSPHRASE}x`);
  await button(page, fr.firstRun.create).click();
  await expect(page.getByRole('alert')).toHaveText(fr.firstRun.reasonMismatch);
  await expect(page.locator('.strength-ok')).toHaveText(fr.strength.level4);
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

  await expect(pageHeading(page, fr.nav.dashboard)).toBeVisible();
  await expect(page.getByText(fr.dashboard.empty)).toBeVisible();
  await expect(button(page, fr.frame.lock)).toHaveAttribute('title', fr.frame.lockTitle);
  const nav = page.getByRole('navigation', { name: fr.frame.navLabel });
  const sections = [
    'dashboard',
    'prisoners',
    'facilities',
    'letters',
    'parcels',
    'evenings',
    'money',
    'print',
    'group',
    'settings',
  ] as const;
  for (const [index, section] of sections.entries()) {
    const entry = nav.getByRole('button', { name: fr.nav[section], exact: true });
    await entry.focus();
    await page.keyboard.press('Enter');
    await expect(pageHeading(page, fr.nav[section])).toBeVisible();
    await expect(entry).toHaveAttribute('aria-current', 'page');
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
    await keepScreenshot(harness, `${String(5 + index).padStart(2, '0')}-${section}`);
    await expectAccessible(harness);
  }
  await page.setViewportSize(SMALL_WINDOW);
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, '10-settings-1024x700');
});

test('a proposed passphrase, from the keyboard: six words of the interface language’s list, in both fields, and it opens the vault', async ({
  harness,
}) => {
  const page = harness.page;
  await harness.open();
  await expect(field(page, fr.firstRun.passphrase)).toBeFocused();

  // French: Tab from the passphrase field past its Show button reaches "Propose"; Enter draws from the French list.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(button(page, fr.passphrase.generate)).toBeFocused();
  await page.keyboard.press('Enter');
  const proposed = page.getByTestId('proposed-passphrase');
  const french = (await proposed.textContent()) ?? '';
  expect(french.split(' ')).toHaveLength(6);
  for (const word of french.split(' ')) expect(wordlists.fr).toContain(word);
  await expect(field(page, fr.firstRun.passphrase)).toHaveValue(french);
  await expect(field(page, fr.firstRun.confirm)).toHaveValue(french);
  await expect(page.getByText(fr.passphrase.credit)).toBeVisible();
  await expect(page.locator('.strength-ok')).toHaveText(fr.strength.level4);
  await keepScreenshot(harness, '03b-first-run-proposed');
  await expectAccessible(harness);
  await page.setViewportSize(SMALL_WINDOW);
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, '03c-first-run-proposed-1024');
  await page.setViewportSize({ width: 1280, height: 800 });

  // Another one, with Space this time; editing the field hides the proposal, which is no longer the passphrase.
  await expect(button(page, fr.passphrase.generateAnother)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(proposed).not.toHaveText(french);
  await field(page, fr.firstRun.passphrase).press('End');
  await field(page, fr.firstRun.passphrase).press('x');
  await expect(proposed).toHaveCount(0);
  await expect(button(page, fr.passphrase.generate)).toBeVisible();

  // English: the EFF list, and its credit.
  await page.getByLabel(fr.language.label, { exact: true }).selectOption('en');
  await expect(pageHeading(page, en.firstRun.title)).toBeVisible();
  await button(page, en.passphrase.generate).click();
  const english = (await proposed.textContent()) ?? '';
  for (const word of english.split(' ')) expect(wordlists.en).toContain(word);
  await expect(page.getByText(en.passphrase.credit)).toBeVisible();
  await expect(page.getByText(en.passphrase.proposedAdvice)).toBeVisible();
  await keepScreenshot(harness, '03d-first-run-proposed-english');
  await expectAccessible(harness);
  await page.setViewportSize(SMALL_WINDOW);
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, '03e-first-run-proposed-english-1024');
  await page.setViewportSize({ width: 1280, height: 800 });

  await button(page, en.firstRun.create).click();
  await expect(page.getByTestId('recovery-code')).toHaveText(RECOVERY_CODE_PATTERN);
  await page.getByLabel(en.recovery.writtenDown).check();
  await button(page, en.recovery.continue).click();
  await expect(pageHeading(page, en.nav.dashboard)).toBeVisible();
  await lockWithButton(page, en.frame.lock, en.unlock.title);
  await page.getByLabel(en.language.label, { exact: true }).selectOption('fr');
  await submitUnlock(page, 'passphrase', english);
  await expectUnlocked(page);
});
