import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import type { InputOf } from '../../shared/contract';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { button, field, openNav, pageHeading, SMALL_WINDOW, STRONG_PASSPHRASE } from './support/flows';
import type { Harness } from './support/harness';
import { fill, seed } from './support/registry';

type Rules = NonNullable<InputOf<'facilities:create'>['rules']>;

/** Rules every letter of these tests meets, but the one each test breaks. */
const known: Rules = {
  lettersAllowed: true,
  maxPages: 10,
  photosAllowed: true,
  maxPhotos: 5,
  stampsAllowed: true,
  senderAddressRequired: false,
  languages: ['fr'],
};

/** A vault with one prisoner held in a prison with these rules, the app open on the list in that language. */
async function openWithPrisoner(
  harness: Harness,
  rules: Rules,
  language: 'fr' | 'en',
  before: (prisonerId: number) => Promise<void> = async () => {},
): Promise<number> {
  await seed(harness, 'vault:create', { passphrase: STRONG_PASSPHRASE });
  await seed(harness, 'settings:set', { language });
  const facility = await seed(harness, 'facilities:create', {
    name: 'Centre pénitentiaire de Lyon-Corbas',
    kind: 'prison',
    address: { country: 'FR', street: '1 rue de la Prison', postcode: '69960', city: 'Corbas' },
    rules,
  });
  const detail = await seed(harness, 'prisoners:create', {
    prisoner: { familyName: 'Yıldız', givenNames: 'Gülşen' },
    stay: { facilityId: facility.id, prisonerNumber: '4711', from: '2024-01-10', startReason: 'arrest' },
  });
  await before(detail.prisoner.id);
  await harness.open();
  const t = language === 'fr' ? fr : en;
  // The app opens on Home; the person is found in the prisoner list.
  await expect(pageHeading(harness.page, t.nav.dashboard)).toBeVisible();
  await openNav(harness.page, t.nav.prisoners);
  await harness.page.getByRole('table').getByRole('button', { name: 'Yıldız Gülşen' }).click();
  await expect(pageHeading(harness.page, 'Yıldız Gülşen')).toBeVisible();
  return detail.prisoner.id;
}

test("from a prisoner's page, a letter is logged in a few keystrokes and shows in the timeline", async ({
  harness,
}) => {
  const page = harness.page;
  const id = await openWithPrisoner(harness, known, 'fr');
  await button(page, fr.letters.log).click();
  const dialog = page.getByRole('dialog', { name: fill(fr.letters.dialogTitle, { name: 'Yıldız Gülşen' }) });
  // Focus starts in the form; every field has its default (sent today, by post, by the group).
  await expect(field(dialog, fr.letters.direction.label)).toBeFocused();
  await expect(field(dialog, fr.letters.channel.label)).toHaveValue('post');
  await expect(dialog.getByText(fr.letters.fields.summaryWhy)).toBeVisible();
  await field(dialog, fr.letters.fields.pages).fill('3');
  await keepScreenshot(harness, 'letters-01-dialog-fr-1280');
  await expectAccessible(harness);
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);

  const timeline = page.getByTestId('prisoner-timeline');
  await expect(timeline.locator('li').first()).toContainText(fr.timeline.letterOut);
  await expect(timeline.locator('li').first()).toContainText(fill(fr.letters.pages_other, { count: 3 }));
  await expect(timeline.locator('li').last()).toContainText(
    fill(fr.timeline.stayStart, { facility: 'Centre pénitentiaire de Lyon-Corbas' }),
  );
  const list = await seed(harness, 'letters:list', { prisonerId: id });
  expect(list.rows.map((row) => [row.direction, row.status, row.pages])).toEqual([['out', 'sent', 3]]);
  await keepScreenshot(harness, 'letters-02-timeline-fr-1280');
});

test('a letter over the prison’s page limit shows the warning, and “save anyway” saves it', async ({ harness }) => {
  const page = harness.page;
  await page.setViewportSize(SMALL_WINDOW);
  const id = await openWithPrisoner(harness, { ...known, maxPages: 4 }, 'en');
  await button(page, en.letters.log).click();
  const dialog = page.getByRole('dialog', { name: fill(en.letters.dialogTitle, { name: 'Yıldız Gülşen' }, 'en') });
  await field(dialog, en.letters.fields.pages).fill('6');
  await page.keyboard.press('Enter');

  const warning = fill(
    en.letters.warnings.pages_over_other,
    { count: 6, facility: 'Centre pénitentiaire de Lyon-Corbas', limit: 4 },
    'en',
  );
  await expect(dialog.getByTestId('rule-warnings')).toContainText(warning);
  // Nothing is saved until the warning is accepted; "save anyway" has the focus, so Enter accepts.
  expect((await seed(harness, 'letters:list', { prisonerId: id })).total).toBe(0);
  await expect(button(dialog, en.letters.saveAnyway)).toBeFocused();
  await keepScreenshot(harness, 'letters-03-warning-en-1024');
  await expectAccessible(harness);
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);

  await expect(page.getByTestId('prisoner-timeline').locator('li').first()).toContainText(
    fill(en.letters.pages_other, { count: 6 }, 'en'),
  );
  const list = await seed(harness, 'letters:list', { prisonerId: id });
  expect(list.rows.map((row) => row.pages)).toEqual([6]);
  await keepScreenshot(harness, 'letters-04-timeline-en-1024');
});

test('the Courrier section lists every letter with the count, and "needs action" keeps the returned ones', async ({
  harness,
}) => {
  const page = harness.page;
  const id = await openWithPrisoner(harness, known, 'fr');
  const letter = (extra: Partial<InputOf<'letters:create'>['letter']>) =>
    seed(harness, 'letters:create', {
      letter: { prisonerId: id, direction: 'out', status: 'sent', sentOn: '2025-03-01', ...extra },
      acceptWarnings: true,
    });
  await letter({});
  await letter({ direction: 'in', status: 'received', sentOn: null, receivedOn: '2025-03-10' });
  await letter({ status: 'returned', issueReason: 'moved', sentOn: '2025-02-01' });
  await page.getByRole('navigation').getByRole('button', { name: fr.nav.letters, exact: true }).click();
  await expect(pageHeading(page, fr.nav.letters)).toBeVisible();
  await expect(page.locator('.count-line')).toHaveText(fill(fr.letters.list.count_other, { formatted: 3 }));
  const table = page.getByRole('table', { name: fr.letters.list.tableLabel });
  // Newest first.
  await expect(table.locator('tbody tr').first()).toContainText(fr.letters.status.received);
  await keepScreenshot(harness, 'letters-05-list-fr-1280');
  await expectAccessible(harness);
  await page.getByLabel(fr.letters.needsAction).check();
  await expect(page.locator('.count-line')).toHaveText(fill(fr.letters.list.count_one, { formatted: 1 }));
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table.locator('tbody tr').first()).toContainText(fr.letters.status.returned);
  // A name opens the person's page.
  await table.getByRole('button', { name: 'Yıldız Gülşen' }).click();
  await expect(pageHeading(page, 'Yıldız Gülşen')).toBeVisible();
});

test('the timeline shows the last 50, then “More” shows the rest', async ({ harness }) => {
  const page = harness.page;
  await openWithPrisoner(harness, known, 'fr', async (id) => {
    for (let day = 1; day <= 51; day++) {
      const sentOn = new Date(Date.UTC(2025, 0, day)).toISOString().slice(0, 10);
      await seed(harness, 'letters:create', {
        letter: { prisonerId: id, direction: 'out', status: 'sent', sentOn },
        acceptWarnings: true,
      });
    }
  });
  const timeline = page.getByTestId('prisoner-timeline');
  await expect(timeline.locator('li')).toHaveCount(50);
  await button(page, fr.timeline.more).click();
  // The 51st letter and the stay it all began with.
  await expect(timeline.locator('li')).toHaveCount(52);
  await expect(timeline.locator('li').last()).toContainText(
    fill(fr.timeline.stayStart, { facility: 'Centre pénitentiaire de Lyon-Corbas' }),
  );
  await expect(button(page, fr.timeline.more)).toHaveCount(0);
});
