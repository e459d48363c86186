import type { Page } from '@playwright/test';
import { fr } from '../../../shared/i18n/fr';
import { expect } from './fixtures';
import type { Harness } from './harness';

/** Scores 4 with zxcvbn-ts: random words, as the first-run screen advises. */
export const STRONG_PASSPHRASE = 'girafe tabouret orage lundi violette';
export const OTHER_STRONG_PASSPHRASE = 'parapluie citron montagne jeudi renard';
export const RECOVERY_CODE_PATTERN = /^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/;

/** Password inputs have no ARIA role: they are found by their label, exactly (several labels share words). */
export function field(scope: Page | ReturnType<Page['getByRole']>, label: string) {
  return scope.getByLabel(label, { exact: true });
}

export function button(scope: Page | ReturnType<Page['getByRole']>, name: string) {
  return scope.getByRole('button', { name, exact: true });
}

export function pageHeading(page: Page, name: string) {
  return page.getByRole('heading', { level: 1, name, exact: true });
}

export function settingsSection(page: Page, heading: string) {
  return page.getByRole('region', { name: heading, exact: true });
}

/** Creates the vault through the first-run screens; returns the recovery code as shown. */
export async function createVaultThroughUi(harness: Harness, passphrase = STRONG_PASSPHRASE): Promise<string> {
  const page = harness.page;
  await harness.open();
  await field(page, fr.firstRun.passphrase).fill(passphrase);
  await field(page, fr.firstRun.confirm).fill(passphrase);
  await button(page, fr.firstRun.create).click();
  const code = page.getByTestId('recovery-code');
  await expect(code).toHaveText(RECOVERY_CODE_PATTERN);
  const text = (await code.textContent()) ?? '';
  await page.getByLabel(fr.recovery.writtenDown).check();
  await button(page, fr.recovery.continue).click();
  await expect(pageHeading(page, fr.nav.dashboard)).toBeVisible();
  return text;
}

/** Runs `action` and waits for the reload the host performs when the vault locks or is restored. */
export async function expectReload(page: Page, action: () => Promise<void>): Promise<void> {
  const reloaded = page.waitForEvent('load');
  await action();
  await reloaded;
}

export async function lockWithButton(
  page: Page,
  lockLabel = fr.frame.lock,
  unlockTitle = fr.unlock.title,
): Promise<void> {
  await expectReload(page, () => button(page, lockLabel).click());
  await expect(pageHeading(page, unlockTitle)).toBeVisible();
}

export async function submitUnlock(page: Page, method: 'passphrase' | 'recoveryCode', secret: string): Promise<void> {
  const label = method === 'passphrase' ? fr.unlock.passphrase : fr.unlock.recoveryCode;
  await expect(pageHeading(page, fr.unlock.title)).toBeVisible();
  if (method === 'recoveryCode' && !(await field(page, label).isVisible()))
    await button(page, fr.unlock.useRecovery).click();
  if (method === 'passphrase' && !(await field(page, label).isVisible()))
    await button(page, fr.unlock.usePassphrase).click();
  await field(page, label).fill(secret);
  await button(page, fr.unlock.submit).click();
}

export async function expectUnlockRefused(page: Page): Promise<void> {
  await expect(page.getByRole('alert')).toHaveText(fr.errors.WRONG_PASSPHRASE);
  await expect(pageHeading(page, fr.unlock.title)).toBeVisible();
}

/** Unlocked, on Home (the dashboard), the first screen after unlocking. */
export async function expectUnlocked(page: Page): Promise<void> {
  await expect(pageHeading(page, fr.nav.dashboard)).toBeVisible();
}

/** Submits the change-passphrase form as filled and confirms in the dialog that follows (the call then runs). */
export async function confirmPassphraseChange(page: Page): Promise<void> {
  const change = settingsSection(page, fr.settings.changePassphrase.heading);
  await button(change, fr.settings.changePassphrase.submit).click();
  const dialog = page.getByRole('dialog', { name: fr.settings.changePassphrase.heading });
  await button(dialog, fr.settings.changePassphrase.submit).click();
}

export async function openNav(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
  await expect(pageHeading(page, name)).toBeVisible();
}

/** At the smallest supported window the page may scroll down, never sideways. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

export const SMALL_WINDOW = { width: 1024, height: 700 };
