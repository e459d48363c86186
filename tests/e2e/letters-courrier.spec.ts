import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { InputOf } from '../../shared/contract';
import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import { addDays, localToday } from '../../shared/today';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import {
  button,
  expectNoSidewaysScroll,
  field,
  openNav,
  pageHeading,
  SMALL_WINDOW,
  STRONG_PASSPHRASE,
} from './support/flows';
import type { Harness } from './support/harness';
import { fill, seed } from './support/registry';

type LetterIn = InputOf<'letters:create'>['letter'];
const PRISON = 'Centre pénitentiaire de Lyon-Corbas';

/** Rules every letter here meets: no warning stands between a save and the vault. */
const known = {
  lettersAllowed: true,
  maxPages: 10,
  photosAllowed: true,
  maxPhotos: 5,
  stampsAllowed: true,
  senderAddressRequired: false,
  languages: ['fr'],
};

/** A vault with one prisoner held in Corbas (and a second prison to transfer to), in that language. */
async function setUp(harness: Harness, language: 'fr' | 'en') {
  await seed(harness, 'vault:create', { passphrase: STRONG_PASSPHRASE });
  await seed(harness, 'settings:set', { language });
  const address = (city: string, postcode: string) => ({ country: 'FR', street: '1 rue de la Prison', postcode, city });
  const corbas = await seed(harness, 'facilities:create', {
    name: PRISON,
    kind: 'prison',
    address: address('Corbas', '69960'),
    rules: known,
  });
  const fresnes = await seed(harness, 'facilities:create', {
    name: 'Centre pénitentiaire de Fresnes',
    kind: 'prison',
    address: address('Fresnes', '94260'),
    rules: known,
  });
  const detail = await seed(harness, 'prisoners:create', {
    prisoner: { familyName: 'Yıldız', givenNames: 'Gülşen' },
    stay: { facilityId: corbas.id, prisonerNumber: '4711', from: '2024-01-10', startReason: 'arrest' },
  });
  const letter = (extra: Partial<LetterIn>) =>
    seed(harness, 'letters:create', {
      letter: { prisonerId: detail.prisoner.id, direction: 'out', status: 'sent', sentOn: '2025-03-01', ...extra },
      acceptWarnings: true,
    });
  return { prisonerId: detail.prisoner.id, stayId: detail.current?.stayId ?? 0, fresnes: fresnes.id, letter };
}

const tile = (harness: Harness, name: string) => harness.page.getByTestId(`tile-${name}`);

test('a returned letter logged with its reason shows on Home; its tile opens Courrier, where it is handled', async ({
  harness,
}) => {
  const page = harness.page;
  await setUp(harness, 'fr');
  await harness.open();
  await expect(pageHeading(page, fr.nav.dashboard)).toBeVisible();
  await expect(tile(harness, 'letterIssues')).toContainText(`0${fr.dashboard.tiles.letterIssues.title_one}`);
  await openNav(page, fr.nav.prisoners);
  await page.getByRole('table').getByRole('button', { name: 'Yıldız Gülşen' }).click();
  await button(page, fr.letters.log).click();
  const dialog = page.getByRole('dialog', { name: fill(fr.letters.dialogTitle, { name: 'Yıldız Gülşen' }) });
  await field(dialog, fr.letters.status.label).selectOption('returned');
  await field(dialog, fr.letters.reason.label).selectOption('moved');
  await button(dialog, fr.common.save).click();
  await expect(dialog).toHaveCount(0);

  await openNav(page, fr.nav.dashboard);
  await expect(tile(harness, 'letterIssues')).toContainText(`1${fr.dashboard.tiles.letterIssues.title_one}`);
  await expect(tile(harness, 'letterIssues')).toContainText(fr.dashboard.opensLetters);
  await tile(harness, 'letterIssues').click();
  await expect(pageHeading(page, fr.nav.letters)).toBeVisible();
  await expect(page.getByLabel(fr.letters.needsAction)).toBeChecked();
  await expect(page.locator('.count-line')).toHaveText(fill(fr.letters.list.count_one, { formatted: 1 }));
  const table = page.getByRole('table', { name: fr.letters.list.tableLabel });
  await expect(table.locator('tbody tr').first()).toContainText(fr.letters.status.returned);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, 'courrier-01-needs-action-fr-1280');
  await expectAccessible(harness);
  await page.setViewportSize(SMALL_WINDOW);
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, 'courrier-01-needs-action-fr-1024');

  // Enter on the date opens the letter in its dialog, to say what was done.
  await table.locator('tbody tr').first().getByRole('button').first().focus();
  await page.keyboard.press('Enter');
  const edit = page.getByRole('dialog', { name: fill(fr.letters.editTitle, { name: 'Yıldız Gülşen' }) });
  await expect(field(edit, fr.letters.reason.label)).toHaveValue('moved');
  await field(edit, fr.letters.fields.actionTaken).fill('Renvoyée à la nouvelle adresse');
  await keepScreenshot(harness, 'courrier-02-edit-fr-1024');
  await expectAccessible(harness);
  await button(edit, fr.letters.markHandled).click();
  await expect(edit.getByRole('status')).toContainText('Renvoyée à la nouvelle adresse');
  await button(edit, fr.common.cancel).click();
  await expect(page.getByText(fr.letters.filters.noMatch)).toBeVisible();
  await openNav(page, fr.nav.dashboard);
  await expect(tile(harness, 'letterIssues')).toContainText(`0${fr.dashboard.tiles.letterIssues.title_one}`);
});

test('ticked letters are marked sent at once, and the filtered ones exported to CSV', async ({ harness }) => {
  const page = harness.page;
  const { letter } = await setUp(harness, 'en');
  for (const day of ['2025-03-02', '2025-03-03', '2025-03-04'])
    await letter({ status: 'draft', sentOn: null, writtenOn: day, summary: `Draft ${day}` });
  await letter({ sentOn: '2025-03-01' });
  // A draft started long ago: the dashboard's tile opens exactly the drafts it counts.
  const old = await letter({ status: 'draft', sentOn: null, writtenOn: '2025-01-05' });
  await harness.app.context.vault.db
    .updateTable('letters')
    .set({ created_at: new Date(`${addDays(localToday(), -30)}T12:00:00Z`).toISOString() })
    .where('id', '=', old.saved ? old.letter.id : 0)
    .execute();
  await page.setViewportSize(SMALL_WINDOW);
  await harness.open();
  await expect(tile(harness, 'oldDrafts')).toContainText(`1${en.dashboard.tiles.oldDrafts.title_one}`);
  await tile(harness, 'oldDrafts').click();
  await expect(pageHeading(page, en.nav.letters)).toBeVisible();
  await expect(page.getByTestId('created-before-filter')).toBeVisible();
  await expect(page.locator('.count-line')).toHaveText(fill(en.letters.list.count_one, { formatted: 1 }, 'en'));
  await button(page, en.letters.filters.clearCreatedBefore).click();
  await expect(page.locator('.count-line')).toHaveText(fill(en.letters.list.count_other, { formatted: 4 }, 'en'));

  // The three newest drafts, ticked with a shift-click range, then marked sent.
  const table = page.getByRole('table', { name: en.letters.list.tableLabel });
  const boxes = table.locator('tbody').getByRole('checkbox');
  await boxes.nth(0).click();
  await boxes.nth(1).click({ modifiers: ['Shift'] });
  const bar = page.getByRole('region', { name: en.letters.selection.actions });
  await expect(bar).toContainText(fill(en.letters.selection.count_other, { formatted: 2 }, 'en'));
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, 'courrier-03-selection-en-1024');
  await expectAccessible(harness);
  await page.setViewportSize({ width: 1280, height: 800 });
  await keepScreenshot(harness, 'courrier-03-selection-en-1280');
  await button(bar, en.letters.selection.markSent).click();
  await expect(bar).toContainText(fill(en.letters.selection.sent_other, { count: 2 }, 'en'));
  const drafts = await seed(harness, 'letters:list', { status: ['draft'] });
  expect(drafts.total).toBe(2);

  // Every letter the filters give (status "sent": 3), exported through the not-encrypted notice.
  await field(page, en.letters.status.label).selectOption('sent');
  await expect(page.locator('.count-line')).toHaveText(fill(en.letters.list.count_other, { formatted: 3 }, 'en'));
  await table.locator('thead').getByRole('checkbox').check();
  await expect(bar).toContainText(fill(en.letters.selection.count_other, { formatted: 3 }, 'en'));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'parloir-letters-')), 'letters.csv');
  harness.nextExportFile = file;
  await button(bar, en.export.button).click();
  const notice = page.getByRole('dialog', { name: en.export.title });
  await expect(notice).toContainText(en.export.warning);
  await button(notice, en.export.confirm).click();
  await expect(notice.getByRole('status')).toContainText(
    fill(en.export.written_other, { count: 3, file: 'letters.csv' }, 'en'),
  );
  expect(harness.lastExportDefaultName).toMatch(/^parloir-letters-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = fs.readFileSync(file, 'utf8').replace('\uFEFF', '').trim().split('\r\n');
  expect(lines[0]).toContain('Date;Person;Direction;Status;Channel');
  expect(lines).toHaveLength(4);
  expect(lines.slice(1).every((line) => line.includes(';Sent;'))).toBe(true);
  await button(notice, en.common.close).click();
  // Unticking one of "all 3" keeps the two others.
  await boxes.nth(0).uncheck();
  await expect(bar).toContainText(fill(en.letters.selection.count_other, { formatted: 2 }, 'en'));
  await expect(boxes.nth(1)).toBeChecked();

  // A click on a (ticked) row opens its letter; the delete asks first, in words.
  await table.locator('tbody tr').nth(1).getByText(en.letters.fields.group).click();
  const edit = page.getByRole('dialog', { name: fill(en.letters.editTitle, { name: 'Yıldız Gülşen' }, 'en') });
  await button(edit, en.letters.deleteLetter).click();
  const confirm = page.getByRole('dialog', { name: en.letters.deleteTitle });
  await expect(button(confirm, en.common.cancel)).toBeFocused();
  await keepScreenshot(harness, 'courrier-07-delete-en-1280');
  await button(confirm, en.letters.deleteConfirm).click();
  await expect(confirm).toHaveCount(0);
  await expect(page.locator('.count-line')).toHaveText(fill(en.letters.list.count_other, { formatted: 2 }, 'en'));
  expect((await seed(harness, 'letters:list', {})).total).toBe(4);
  // It was ticked: it leaves the selection.
  await expect(bar).toContainText(fill(en.letters.selection.count_one, { formatted: 1 }, 'en'));
});

test('after a transfer, the drafts are re-addressed in one action and a letter posted late is flagged', async ({
  harness,
}) => {
  const page = harness.page;
  const { prisonerId, stayId, fresnes, letter } = await setUp(harness, 'fr');
  await letter({ status: 'draft', sentOn: null, writtenOn: '2025-03-20' });
  await letter({ status: 'draft', sentOn: null, writtenOn: '2025-03-21' });
  await seed(harness, 'stays:transfer', { prisonerId, facilityId: fresnes, prisonerNumber: 'F-9', date: '2025-04-01' });
  // Posted to Corbas the day after the person left it.
  await letter({ stayId, sentOn: '2025-04-02' });
  const tag = await seed(harness, 'tags:create', { name: 'Campagne Corbas' });
  const other = await seed(harness, 'prisoners:create', {
    prisoner: { familyName: 'Martin', givenNames: 'Léa' },
    stay: { facilityId: fresnes, prisonerNumber: '77', from: '2024-05-01', startReason: 'arrest' },
  });
  await seed(harness, 'letters:create', {
    letter: { prisonerId: other.prisoner.id, direction: 'out', status: 'sent', sentOn: '2025-03-05' },
    acceptWarnings: true,
  });
  await harness.open();
  await openNav(page, fr.nav.prisoners);
  await page.getByRole('table').getByRole('button', { name: 'Yıldız Gülşen' }).click();
  const notice = page.getByTestId('readdress-drafts');
  await expect(notice).toContainText(fill(fr.letters.readdress.notice_other, { count: 2, facility: PRISON }));
  await expect(page.getByTestId('prisoner-timeline').getByTestId('may-not-have-arrived')).toHaveCount(1);
  await page.setViewportSize({ width: 1280, height: 800 });
  await keepScreenshot(harness, 'courrier-04-readdress-fr-1280');
  await expectAccessible(harness);
  await button(
    notice,
    fill(fr.letters.readdress.action_other, { count: 2, to: 'Centre pénitentiaire de Fresnes' }),
  ).click();
  await expect(
    page.getByText(fill(fr.letters.readdress.done_other, { count: 2, facility: 'Centre pénitentiaire de Fresnes' })),
  ).toBeVisible();
  await expect(notice).toHaveCount(0);
  const drafts = await seed(harness, 'letters:list', { prisonerId, status: ['draft'] });
  for (const row of drafts.rows) {
    const detail = await seed(harness, 'letters:get', { id: row.id });
    expect(detail.addressBlock?.join('\n')).toContain('Fresnes');
  }

  // The flagged letter, opened from the timeline, says it too; so does the Courrier list.
  await page
    .getByTestId('prisoner-timeline')
    .getByRole('button', { name: /Lettre à la personne · Envoyée/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: fill(fr.letters.editTitle, { name: 'Yıldız Gülşen' }) });
  await expect(dialog.getByTestId('may-not-have-arrived')).toBeVisible();
  await keepScreenshot(harness, 'courrier-05-flag-dialog-fr-1280');
  // Its tags are the registry's; an edit keeps the stay it went to, so the flag stays.
  await field(dialog, fr.letters.addTag).selectOption({ label: 'Campagne Corbas' });
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Campagne Corbas' })).toBeVisible();
  await button(dialog, fr.common.save).click();
  await expect(dialog).toHaveCount(0);
  const flagged = (await seed(harness, 'letters:list', { prisonerId, status: ['sent'] })).rows[0];
  expect(flagged?.mayNotHaveArrived).toBe(true);
  const saved = await seed(harness, 'letters:get', { id: flagged?.id ?? 0 });
  expect(saved).toMatchObject({ stayId, tagIds: [tag.id] });
  await seed(harness, 'settings:set', { language: 'en' });
  await page.reload();
  await page.setViewportSize(SMALL_WINDOW);
  await openNav(page, en.nav.letters);
  await expect(page.getByRole('table').getByTestId('may-not-have-arrived')).toHaveCount(1);
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, 'courrier-06-list-en-1024');
  // The person filter is a search: typed, chosen from its hits with the keyboard, removed with its button.
  await expect(page.locator('.count-line')).toHaveText(fill(en.letters.list.count_other, { formatted: 4 }, 'en'));
  await page.getByRole('combobox', { name: en.letters.filters.prisoner }).fill('marti');
  await expect(page.getByRole('option', { name: /Martin Léa/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('.count-line')).toHaveText(fill(en.letters.list.count_one, { formatted: 1 }, 'en'));
  await expectAccessible(harness);
  await button(page, fill(en.prisonerPicker.clear, { name: 'Martin Léa' }, 'en')).click();
  await expect(page.locator('.count-line')).toHaveText(fill(en.letters.list.count_other, { formatted: 4 }, 'en'));
});

test('the parcels tile opens Colis with the parcels that need action', async ({ harness }) => {
  const page = harness.page;
  const { prisonerId } = await setUp(harness, 'fr');
  const parcel = (extra: Partial<InputOf<'parcels:create'>>) =>
    seed(harness, 'parcels:create', {
      prisonerId,
      preparedOn: '2025-03-01',
      sentOn: '2025-03-02',
      status: 'sent',
      acceptWarnings: true,
      ...extra,
    });
  await parcel({});
  await parcel({ status: 'refused', issueReason: 'over_weight' });
  await harness.open();
  await expect(tile(harness, 'parcelIssues')).toContainText(fr.dashboard.opensParcels);
  await tile(harness, 'parcelIssues').click();
  await expect(pageHeading(page, fr.nav.parcels)).toBeVisible();
  await expect(page.getByLabel(fr.parcels.filters.needsAction)).toBeChecked();
  await expect(page.locator('.count-line')).toHaveText(fill(fr.parcels.count_one, { formatted: 1 }));
  await page.getByLabel(fr.parcels.filters.needsAction).uncheck();
  await expect(page.locator('.count-line')).toHaveText(fill(fr.parcels.count_other, { formatted: 2 }));
});
