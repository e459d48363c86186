import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import {
  WINDOW_LOCK_ANSWER_EVENT,
  windowLockRequestEvent,
  type WindowLockRequest,
} from '../../shared/vault/window-lock-requests';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import {
  button,
  expectReload,
  expectUnlocked,
  expectUnlockRefused,
  field,
  openNav,
  pageHeading,
  STRONG_PASSPHRASE,
  submitUnlock,
} from './support/flows';
import type { Harness } from './support/harness';
import { fill, openWithNewVault, searchBox, seed, seedPrisoner } from './support/registry';

const SMALL_WINDOW = { width: 1024, height: 768 };

function lockWarning(page: Page, title = fr.drafts.lockWarning.title) {
  return page.getByRole('dialog', { name: title });
}

/** Nothing the form held is in any file of the data folder: the draft is inside the encrypted vault only. */
function expectNowhereOnDisk(harness: Harness, text: string): void {
  const dir = harness.app.context.vault.paths.dataDir;
  const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const content = fs.readFileSync(`${file.parentPath}/${file.name}`);
    expect(content.includes(Buffer.from(text)), file.name).toBe(false);
  }
}

/** What the preload does when main sends a request before a lock; resolves once the page has answered. */
async function requestFromMain(page: Page, request: WindowLockRequest): Promise<void> {
  const answered = page.evaluate(
    ([event, answer]) =>
      new Promise<boolean>((resolve) => {
        window.addEventListener(answer, () => resolve(true), { once: true });
        window.dispatchEvent(new Event(event));
      }),
    [windowLockRequestEvent(request), WINDOW_LOCK_ANSWER_EVENT] as const,
  );
  expect(await answered).toBe(true);
}

async function openPrisoner(page: Page, search: string, heading: string): Promise<void> {
  await searchBox(page).fill(search);
  await expect(page.getByRole('listbox', { name: fr.search.results }).getByRole('option')).toHaveCount(1);
  await searchBox(page).press('ArrowDown');
  await searchBox(page).press('Enter');
  await expect(pageHeading(page, heading)).toBeVisible();
}

async function unlock(page: Page): Promise<void> {
  await submitUnlock(page, 'passphrase', STRONG_PASSPHRASE);
  await expect(page.getByRole('navigation')).toBeVisible();
}

test('a manual lock with a half-filled form warns, keeps it as a draft inside the vault, and the form reopens with it', async ({
  harness,
}) => {
  const page = harness.page;
  await openWithNewVault(harness);

  // A form with nothing typed in it: the lock asks nothing.
  await page.keyboard.press('Control+N');
  await expect(pageHeading(page, fr.prisonerForm.newTitle)).toBeVisible();
  await expectReload(page, () => button(page, fr.frame.lock).click());
  await unlock(page);

  // The app opens on Home, where Ctrl+N has nothing to make: a new prisoner is made from the prisoner list.
  await openNav(page, fr.nav.prisoners);
  await page.keyboard.press('Control+N');
  await expect(pageHeading(page, fr.prisonerForm.newTitle)).toBeVisible();
  await field(page, fr.prisoner.fields.familyName).fill('Yıldız-Brouillon');
  await field(page, fr.prisoner.fields.givenNames).fill('Gülşen');
  await button(page, fr.frame.lock).click();
  const warning = lockWarning(page);
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(fr.drafts.lockWarning.body);
  await keepScreenshot(harness, 'forms-lock-warning-fr-1280');
  await expectAccessible(harness);
  await page.setViewportSize(SMALL_WINDOW);
  await keepScreenshot(harness, 'forms-lock-warning-fr-1024');
  await page.setViewportSize({ width: 1280, height: 800 });

  // Cancel goes back to the form as it was; Ctrl+L asks the same question.
  await button(warning, fr.common.cancel).click();
  await expect(warning).toHaveCount(0);
  await expect(field(page, fr.prisoner.fields.familyName)).toHaveValue('Yıldız-Brouillon');
  expect(harness.app.context.vault.isUnlocked).toBe(true);
  // The native menu's Lock reaches the page as a request (through the preload): the same question, and an answer so
  // that main does not lock by itself.
  await requestFromMain(page, 'lock');
  await expect(lockWarning(page)).toBeVisible();
  expect(harness.app.context.vault.isUnlocked).toBe(true);
  await button(lockWarning(page), fr.common.cancel).click();
  await page.keyboard.press('Control+L');
  await expect(lockWarning(page)).toBeVisible();

  await expectReload(page, () => button(lockWarning(page), fr.drafts.lockWarning.keepAndLock).click());
  await expect(pageHeading(page, fr.unlock.title)).toBeVisible();
  expect(harness.app.context.vault.isUnlocked).toBe(false);
  expectNowhereOnDisk(harness, 'Yıldız-Brouillon');

  await unlock(page);
  await expect(pageHeading(page, fr.prisonerForm.newTitle)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: fr.drafts.restored })).toBeVisible();
  await expect(field(page, fr.prisoner.fields.familyName)).toHaveValue('Yıldız-Brouillon');
  await expect(field(page, fr.prisoner.fields.givenNames)).toHaveValue('Gülşen');
  await keepScreenshot(harness, 'forms-draft-restored-fr-1280');
  await expectAccessible(harness);
  // Taken out of the vault: the form holds it now.
  expect((await seed(harness, 'drafts:get', {})).draft).toBeNull();

  // Still unsaved, so the next lock asks again; "lock without keeping" loses it for good.
  await button(page, fr.frame.lock).click();
  await expectReload(page, () => button(lockWarning(page), fr.drafts.lockWarning.lockAnyway).click());
  await unlock(page);
  await expectUnlocked(page);
  await expect(page.getByText(fr.drafts.restored)).toHaveCount(0);
  expect((await seed(harness, 'drafts:get', {})).draft).toBeNull();
});

test('auto-lock keeps a half-filled form as a draft without asking, and it comes back after the unlock', async ({
  harness,
}) => {
  const page = harness.page;
  await page.clock.install();
  await seed(harness, 'vault:create', { passphrase: STRONG_PASSPHRASE });
  await seed(harness, 'settings:set', { autoLockMinutes: 1 });
  await harness.open();
  await expectUnlocked(page);
  await page.getByRole('navigation').getByRole('button', { name: fr.nav.facilities, exact: true }).click();
  await page.keyboard.press('Control+N');
  await expect(pageHeading(page, fr.facilityForm.newTitle)).toBeVisible();
  await field(page, fr.facilityForm.name).fill('Maison d’arrêt des Brouillons');

  await expectReload(page, () => page.clock.fastForward('01:05'));
  await expect(pageHeading(page, fr.unlock.title)).toBeVisible();
  expect(harness.app.context.vault.isUnlocked).toBe(false);
  expectNowhereOnDisk(harness, 'Maison d’arrêt des Brouillons');

  await unlock(page);
  await expect(pageHeading(page, fr.facilityForm.newTitle)).toBeVisible();
  await expect(field(page, fr.facilityForm.name)).toHaveValue('Maison d’arrêt des Brouillons');
  await expect(page.getByRole('status').filter({ hasText: fr.drafts.restored })).toBeVisible();
});

test("the panic lock and main's request keep an open stay dialog as a draft; it reopens over its prisoner", async ({
  harness,
}) => {
  const page = harness.page;
  await openWithNewVault(harness);
  const prisonerId = await seedPrisoner(harness, { familyName: 'Papadopoulos', givenNames: 'Nikos' });
  await openPrisoner(page, 'Papadopoulos', 'Papadopoulos Nikos');
  await button(page, fr.prisoner.addStay).click();
  const dialog = page.getByRole('dialog', { name: fr.stayDialog.title });
  await field(dialog, fr.stayDialog.number).fill('A-4521');

  // What the preload relays when main locks (sleep, screen lock): the window saves its draft, then answers.
  await requestFromMain(page, 'save-draft');
  const { draft: kept } = await seed(harness, 'drafts:get', {});
  expect(kept).toMatchObject({ form: 'stay', recordId: prisonerId });
  expect(JSON.parse(kept?.values ?? '{}')).toMatchObject({ stay: { prisonerNumber: 'A-4521' } });

  await expectReload(page, () => page.keyboard.press('Control+Shift+L'));
  await expect(pageHeading(page, fr.unlock.title)).toBeVisible();
  expectNowhereOnDisk(harness, 'A-4521');
  await unlock(page);
  await expect(field(page.getByRole('dialog', { name: fr.stayDialog.title }), fr.stayDialog.number)).toHaveValue(
    'A-4521',
  );
});

test("a draft of an edit form reopens on that record's form, over its stored values", async ({ harness }) => {
  const page = harness.page;
  await openWithNewVault(harness);
  const prisonerId = await seedPrisoner(harness, { familyName: 'Papadopoulos', givenNames: 'Nikos' });
  await openPrisoner(page, 'Papadopoulos', 'Papadopoulos Nikos');
  await button(page, fr.prisoner.edit).click();
  await expect(pageHeading(page, fr.prisonerForm.editTitle)).toBeVisible();
  await field(page, fr.prisoner.fields.givenNames).fill('Nikolaos');

  await expectReload(page, () => page.keyboard.press('Control+Shift+L'));
  await unlock(page);
  await expect(pageHeading(page, fr.prisonerForm.editTitle)).toBeVisible();
  await expect(field(page, fr.prisoner.fields.givenNames)).toHaveValue('Nikolaos');
  await expect(field(page, fr.prisoner.fields.familyName)).toHaveValue('Papadopoulos');
  // A draft is not a save: the record itself is unchanged until the form is submitted.
  expect((await seed(harness, 'prisoners:get', { id: prisonerId })).prisoner.givenNames).toBe('Nikos');
});

test('after a wrong passphrase the field is emptied and focused', async ({ harness }) => {
  const page = harness.page;
  await openWithNewVault(harness);
  await expectReload(page, () => button(page, fr.frame.lock).click());
  await submitUnlock(page, 'passphrase', 'pas la bonne phrase du tout');
  await expectUnlockRefused(page);
  const passphrase = field(page, fr.unlock.passphrase);
  await expect(passphrase).toHaveValue('');
  await expect(passphrase).toBeFocused();
  await page.keyboard.type(STRONG_PASSPHRASE);
  await page.keyboard.press('Enter');
  await expectUnlocked(page);
});

test("Settings saves the group's name, country and return address with one button", async ({ harness }) => {
  const page = harness.page;
  await openWithNewVault(harness);
  await page.getByRole('navigation').getByRole('button', { name: fr.nav.settings, exact: true }).click();
  const group = page.getByRole('region', { name: fr.settings.group.heading, exact: true });
  await expect(group.getByRole('button', { name: fr.common.save, exact: true })).toHaveCount(1);
  await field(group, fr.settings.group.label).fill('Collectif des Lilas');
  await field(group, fr.settingsPrint.country.label).selectOption('BE');
  await button(group, fr.settingsPrint.sender.add).click();
  await field(group, fr.settingsPrint.sender.name).fill('Collectif des Lilas');
  await field(group, fr.address.poBox).fill('BP 12');
  await field(group, fr.address.postcode).fill('1000');
  await field(group, fr.address.city).fill('Bruxelles');
  await field(group, fr.address.country).selectOption('BE');
  await button(group, fr.common.save).click();
  await expect(group.getByRole('status')).toHaveText(fr.common.saved);
  await expect(page.getByRole('banner')).toContainText('Collectif des Lilas');
  expect(await seed(harness, 'settings:get', {})).toMatchObject({
    groupName: 'Collectif des Lilas',
    groupCountry: 'BE',
    groupSender: { name: 'Collectif des Lilas', address: { country: 'BE', poBox: 'BP 12', city: 'Bruxelles' } },
  });
  await keepScreenshot(harness, 'forms-settings-fr-1280');
  await expectAccessible(harness);
  await page.setViewportSize(SMALL_WINDOW);
  await keepScreenshot(harness, 'forms-settings-fr-1024');

  // Removing the return address is saved by the same button, with the rest unchanged.
  await button(group, fr.settingsPrint.sender.remove).click();
  await button(group, fr.common.save).click();
  await expect(group.getByRole('status')).toHaveText(fr.common.saved);
  expect(await seed(harness, 'settings:get', {})).toMatchObject({
    groupName: 'Collectif des Lilas',
    groupCountry: 'BE',
    groupSender: null,
  });

  // English, at both widths: the settings page and the lock's question.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('main').getByLabel(fr.language.label, { exact: true }).selectOption('en');
  await expect(pageHeading(page, en.settings.title)).toBeVisible();
  await keepScreenshot(harness, 'forms-settings-en-1280');
  await page.setViewportSize(SMALL_WINDOW);
  await keepScreenshot(harness, 'forms-settings-en-1024');
  await page.getByRole('navigation').getByRole('button', { name: en.nav.prisoners, exact: true }).click();
  await page.keyboard.press('Control+N');
  await expect(pageHeading(page, en.prisonerForm.newTitle)).toBeVisible();
  await field(page, en.prisoner.fields.familyName).fill('Yıldız');
  await button(page, en.frame.lock).click();
  await expect(lockWarning(page, en.drafts.lockWarning.title)).toContainText(en.drafts.lockWarning.body);
  await keepScreenshot(harness, 'forms-lock-warning-en-1024');
  await page.setViewportSize({ width: 1280, height: 800 });
  await keepScreenshot(harness, 'forms-lock-warning-en-1280');
  await expectAccessible(harness);
});

test('a letter being typed is kept at a lock: a new one reopens over its prisoner, an edit over the Courrier list', async ({
  harness,
}) => {
  const page = harness.page;
  await openWithNewVault(harness);
  const prisonerId = await seedPrisoner(harness, { familyName: 'Papadopoulos', givenNames: 'Nikos' });
  await openPrisoner(page, 'Papadopoulos', 'Papadopoulos Nikos');
  await button(page, fr.letters.log).click();
  const newTitle = fill(fr.letters.dialogTitle, { name: 'Papadopoulos Nikos' });
  // A letter received (no stay needed: the person has none yet).
  await field(page.getByRole('dialog', { name: newTitle }), fr.letters.direction.label).selectOption('in');
  await field(page.getByRole('dialog', { name: newTitle }), fr.letters.fields.summary).fill('Brouillon de lettre');

  await requestFromMain(page, 'save-draft');
  expect((await seed(harness, 'drafts:get', {})).draft).toMatchObject({ form: 'letter', recordId: prisonerId });
  await expectReload(page, () => page.keyboard.press('Control+Shift+L'));
  expectNowhereOnDisk(harness, 'Brouillon de lettre');
  await unlock(page);
  const reopened = page.getByRole('dialog', { name: newTitle });
  await expect(field(reopened, fr.letters.fields.summary)).toHaveValue('Brouillon de lettre');
  await button(reopened, fr.common.save).click();
  await expect(reopened).toHaveCount(0);
  const { rows } = await seed(harness, 'letters:list', {});
  expect(rows).toHaveLength(1);

  // An edit of that letter, from the Courrier list: kept under the letter, reopened over the list.
  await openNav(page, fr.nav.letters);
  await page.getByRole('table').getByRole('row').nth(1).getByRole('button').first().click();
  const editTitle = fill(fr.letters.editTitle, { name: 'Papadopoulos Nikos' });
  await field(page.getByRole('dialog', { name: editTitle }), fr.letters.fields.summary).fill('Résumé corrigé');
  await requestFromMain(page, 'save-draft');
  expect((await seed(harness, 'drafts:get', {})).draft).toMatchObject({ form: 'letterEdit', recordId: rows[0]?.id });
  await expectReload(page, () => page.keyboard.press('Control+Shift+L'));
  await unlock(page);
  await expect(field(page.getByRole('dialog', { name: editTitle }), fr.letters.fields.summary)).toHaveValue(
    'Résumé corrigé',
  );
  // A draft is not a save.
  expect((await seed(harness, 'letters:get', { id: rows[0]?.id ?? 0 })).summary).toBe('Brouillon de lettre');
});
