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
import { expectCount, fill, seed, seedFacility, seedPrisoner } from './support/registry';

/**
 * Four prisoners in Fresnes: a birthday in 10 days, a release expected in 20 days with a letter sent 40 days ago and
 * never answered, a transfer 5 days ago, and a letter returned 20 days ago. Letters have no channels yet in this
 * version: they go straight into their table.
 */
async function seedGroup(harness: Harness): Promise<void> {
  const today = localToday();
  const fresnes = await seedFacility(harness, 'Centre pénitentiaire de Fresnes', 'Fresnes', 'FR', '94260');
  const baumettes = await seedFacility(harness, 'Centre pénitentiaire de Marseille', 'Marseille', 'FR', '13009');
  const stay = (number: string) => ({ facilityId: fresnes, number, from: '2024-01-10' });
  const birthday = `1988${addDays(today, 10).slice(4)}`;
  await seedPrisoner(harness, { familyName: 'Lefèvre', givenNames: 'Zoé', dateOfBirth: birthday }, stay('1001'));
  const waiting = await seedPrisoner(
    harness,
    { familyName: 'Yıldız', givenNames: 'Gülşen', expectedRelease: addDays(today, 20) },
    stay('1002'),
  );
  const moved = await seedPrisoner(harness, { familyName: 'Demir', givenNames: 'Çağlar' }, stay('1003'));
  await seed(harness, 'stays:transfer', {
    prisonerId: moved,
    facilityId: baumettes,
    prisonerNumber: 'M-77',
    date: addDays(today, -5),
  });
  const returned = await seedPrisoner(harness, { familyName: 'Martin', givenNames: 'Léa' }, stay('1004'));
  const db = harness.app.context.vault.db;
  const stamp = new Date().toISOString();
  const letter = (prisonerId: number, status: string, on: string) =>
    db
      .insertInto('letters')
      .values({
        prisoner_id: prisonerId,
        direction: 'out',
        status,
        channel: 'post',
        sent_on: on,
        dated_on: on,
        issue_reason: status === 'returned' ? 'moved' : null,
        created_at: stamp,
        updated_at: stamp,
      })
      .execute();
  await letter(waiting, 'sent', addDays(today, -40));
  await letter(returned, 'returned', addDays(today, -20));
}

const tile = (harness: Harness, name: string) => harness.page.getByTestId(`tile-${name}`);

test('Home is the first screen after unlocking: what to do first, then each count opens its list', async ({
  harness,
}) => {
  const page = harness.page;
  await seed(harness, 'vault:create', { passphrase: STRONG_PASSPHRASE });
  await harness.open();
  await expect(pageHeading(page, fr.nav.dashboard)).toBeVisible();
  const nav = page.getByRole('navigation', { name: fr.frame.navLabel });
  await expect(nav.getByRole('button').first()).toHaveText(fr.nav.dashboard);
  await expect(nav.getByRole('button', { name: fr.nav.dashboard })).toHaveAttribute('aria-current', 'page');
  // No prisoner yet: the page says what to do first.
  await expect(page.getByText(fr.dashboard.empty)).toBeVisible();
  await keepScreenshot(harness, 'dashboard-empty-1280-fr');
  await button(page.getByRole('main'), fr.prisoners.new).click();
  await expect(pageHeading(page, fr.prisonerForm.newTitle)).toBeVisible();

  await seedGroup(harness);
  await page.reload();
  await expect(pageHeading(page, fr.nav.dashboard)).toBeVisible();
  const counts = {
    repliesOverdue: 1,
    noLetter: 2,
    birthdays: 1,
    releases: 1,
    transfers: 1,
    letterIssues: 1,
    parcelIssues: 0,
    oldDrafts: 0,
  } as const;
  for (const [name, count] of Object.entries(counts)) {
    // French puts 0 in the singular.
    const title = fr.dashboard.tiles[name as keyof typeof counts];
    await expect(tile(harness, name)).toContainText(`${count}${count <= 1 ? title.title_one : title.title_other}`);
  }
  await expect(tile(harness, 'noLetter')).toContainText(fill(fr.dashboard.tiles.noLetter.detail, { days: 45 }));
  await expect(tile(harness, 'letterIssues')).toContainText(fr.dashboard.opensLetters);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, 'dashboard-1280-fr');
  await expectAccessible(harness);

  // The birthday tile opens the prisoner list with only that person, and the filter can be taken off.
  await tile(harness, 'birthdays').click();
  await expect(pageHeading(page, fr.nav.prisoners)).toBeVisible();
  await expect(page.getByTestId('attention-filter')).toContainText(fill(fr.dashboard.filter.birthdays, { days: 30 }));
  await expectCount(page, fill(fr.prisoners.count_one, { formatted: '1' }));
  await expect(page.getByRole('main').getByText('Lefèvre')).toBeVisible();
  await keepScreenshot(harness, 'dashboard-birthdays-list-1280-fr');
  await button(page, fr.dashboard.filter.clear).click();
  await expectCount(page, fill(fr.prisoners.count_other, { formatted: '4' }));

  // The group's own wait: 30 days without a letter puts the prisoner written to 40 days ago there too.
  await openNav(page, fr.nav.settings);
  await field(page, fr.settings.reminders.noLetter).fill('30');
  await page.getByRole('region', { name: fr.settings.reminders.heading }).getByRole('button').click();
  await expect(page.getByText(fr.common.saved)).toBeVisible();
  await openNav(page, fr.nav.dashboard);
  await expect(tile(harness, 'noLetter')).toContainText(`3${fr.dashboard.tiles.noLetter.title_other}`);
  await expect(tile(harness, 'noLetter')).toContainText(fill(fr.dashboard.tiles.noLetter.detail, { days: 30 }));

  // In English, in the smallest window.
  await seed(harness, 'settings:set', { language: 'en' });
  await page.reload();
  await expect(pageHeading(page, en.nav.dashboard)).toBeVisible();
  await page.setViewportSize(SMALL_WINDOW);
  await expect(tile(harness, 'releases')).toContainText(`1${en.dashboard.tiles.releases.title_one}`);
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, 'dashboard-1024-en');
  await tile(harness, 'releases').click();
  await expect(page.getByTestId('attention-filter')).toContainText(fill(en.dashboard.filter.releases, { days: 60 }));
  await expectCount(page, fill(en.prisoners.count_one, { formatted: '1' }, 'en'));
  await expect(page.getByRole('main').getByText('Yıldız')).toBeVisible();
  await keepScreenshot(harness, 'dashboard-releases-list-1024-en');
});
