import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { button, expectNoSidewaysScroll, field, openNav, pageHeading, SMALL_WINDOW } from './support/flows';
import { expectCount, fill, openWithNewVault, searchBox, seed, seedFacility, seedPrisoner } from './support/registry';

/** Enough rows that the list must be virtualised and loaded in several pages (200 a call). */
const FILLER = 230;

test('search finds names with or without accents; the list is virtualised, sortable and filtered; tags and members', async ({
  harness,
}) => {
  const page = harness.page;
  await openWithNewVault(harness);
  const fresnes = await seedFacility(harness, 'Centre pénitentiaire de Fresnes', 'Fresnes', 'FR', '94260');
  const silivri = await seedFacility(harness, 'Silivri Cezaevi', 'Silivri', 'TR', '34570');
  const trial = await seed(harness, 'tags:create', { name: 'Procès de Lyon' });
  const gulsen = await seedPrisoner(
    harness,
    { familyName: 'Yıldız', givenNames: 'Gülşen', status: 'pretrial' },
    { facilityId: silivri, number: 'TR-4471', from: '2024-05-02' },
  );
  await seedPrisoner(
    harness,
    { familyName: 'Demir', givenNames: 'Çağlar', status: 'sentenced' },
    { facilityId: silivri, number: 'TR-5120', from: '2023-11-20' },
  );
  await seedPrisoner(
    harness,
    { familyName: 'Lefèvre', givenNames: 'Zoé', status: 'sentenced' },
    { facilityId: fresnes, number: '998877', from: '2022-01-10' },
  );
  await seed(harness, 'prisoners:setTags', { prisonerId: gulsen, tagIds: [trial.id] });
  for (let i = 0; i < FILLER; i += 1) {
    await seedPrisoner(
      harness,
      { familyName: `Martin${String(i).padStart(3, '0')}`, status: 'unknown' },
      { facilityId: fresnes, number: `F${i}`, from: '2021-06-01' },
    );
  }
  await page.reload();
  await openNav(page, fr.nav.prisoners);
  const total = FILLER + 3;
  await expectCount(page, fill(fr.prisoners.count_other, { formatted: new Intl.NumberFormat('fr-FR').format(total) }));

  // Virtualised: a few dozen rows in the page, however many prisoners; aria-rowcount says how many there are.
  const table = page.getByRole('table', { name: fr.prisoners.tableLabel });
  await expect(table).toHaveAttribute('aria-rowcount', String(total + 1));
  expect(await table.locator('tbody tr').count()).toBeLessThan(60);
  await keepScreenshot(harness, '40-prisoners-list');
  await expectAccessible(harness);

  // Scrolling to the end loads the next pages: the last prisoner by name shows up.
  const scroller = page.getByTestId('prisoner-table-scroll');
  await expect(async () => {
    await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(table.getByRole('button', { name: 'Yıldız Gülşen' })).toBeVisible({ timeout: 1000 });
  }).toPass();

  // Sorting is done by the vault: name descending puts Yıldız first.
  await scroller.evaluate((el) => el.scrollTo(0, 0));
  await table.getByRole('button', { name: fr.prisoners.columns.name }).click();
  await expect(table.getByRole('columnheader', { name: fr.prisoners.columns.name })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(table.locator('tbody tr').first()).toContainText('Yıldız Gülşen');

  // Filters: status, tag, country.
  const filters = page.getByRole('group', { name: fr.prisoners.filters.label });
  await filters.getByLabel(fr.prisonerStatus.sentenced).check();
  await expectCount(page, fill(fr.prisoners.count_other, { formatted: '2' }));
  await filters.getByLabel(fr.prisoners.filters.country, { exact: true }).selectOption('TR');
  await expectCount(page, fill(fr.prisoners.count_one, { formatted: '1' }));
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table.locator('tbody tr')).toContainText('Demir Çağlar');
  await filters.getByLabel(fr.prisonerStatus.sentenced).uncheck();
  await filters.getByLabel(fr.prisoners.filters.tag, { exact: true }).selectOption({ label: 'Procès de Lyon' });
  await expectCount(page, fill(fr.prisoners.count_one, { formatted: '1' }));
  await expect(table.locator('tbody tr')).toContainText('Yıldız Gülşen');
  await page.setViewportSize(SMALL_WINDOW);
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, '41-prisoners-filtered-1024x700');
  await page.setViewportSize({ width: 1280, height: 800 });

  // "/" focuses the search; without accents finds the accented name; arrows and Enter open the hit.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await searchBox(page).fill('gulsen');
  const hits = page.getByRole('listbox', { name: fr.search.results });
  await expect(hits.getByRole('option')).toHaveCount(1);
  await expect(hits.getByRole('option')).toContainText('Gülşen');
  await keepScreenshot(harness, '42-search-hits');
  await expectAccessible(harness);
  await searchBox(page).fill('Gülşen');
  await expect(hits.getByRole('option')).toHaveCount(1);
  await searchBox(page).fill('caglar');
  await expect(hits.getByRole('option')).toContainText('Çağlar');
  await searchBox(page).fill('silivri');
  await expect(hits.getByRole('option', { name: /Silivri Cezaevi/ })).toBeVisible();
  await searchBox(page).fill('TR-4471');
  await expect(hits.getByRole('option')).toContainText('Gülşen');
  await searchBox(page).press('ArrowDown');
  await searchBox(page).press('Enter');
  await expect(pageHeading(page, 'Yıldız Gülşen')).toBeVisible();
  await expect(searchBox(page)).toHaveValue('');

  // Ctrl+F focuses it too; a search that matches nothing says so.
  await page.keyboard.press('Control+f');
  await expect(searchBox(page)).toBeFocused();
  await searchBox(page).fill('zzzz');
  await expect(page.getByText(fr.search.none)).toBeVisible();
  await searchBox(page).press('Escape');

  // A release ends the current stay: no prison address any more.
  await button(page, fr.prisoner.recordRelease).click();
  const release = page.getByRole('dialog', { name: fr.closeStay.title });
  await field(release, fr.closeStay.date).fill('2026-02-01');
  await button(release, fr.closeStay.submit).click();
  await expect(page.getByText(fr.prisoner.address.none)).toBeVisible();
  await expect(page.getByTestId('address-block')).toHaveCount(0);
  await expect(page.getByRole('list', { name: fr.prisoner.timeline.heading })).toContainText(
    fill(fr.prisoner.timeline.departure, { reason: fr.stayReason.release }),
  );

  // Archiving hides without deleting.
  await button(page, fr.common.archive).click();
  await expect(page.getByText(fr.prisoner.archivedBanner)).toBeVisible();
  await openNav(page, fr.nav.prisoners);
  await expectCount(
    page,
    fill(fr.prisoners.count_other, { formatted: new Intl.NumberFormat('fr-FR').format(total - 1) }),
  );
  await page.getByLabel(fr.prisoners.filters.archived).check();
  await expectCount(page, fill(fr.prisoners.count_other, { formatted: new Intl.NumberFormat('fr-FR').format(total) }));

  // The Group section: campaigns and members.
  await openNav(page, fr.nav.group);
  await expect(page.getByRole('region', { name: fr.tags.heading })).toContainText('Procès de Lyon');
  await button(page, fr.members.new).click();
  const dialog = page.getByRole('dialog', { name: fr.members.newTitle });
  await button(dialog, fr.common.save).click();
  await expect(dialog.getByText(fr.form.errors.required)).toBeVisible();
  await field(dialog, fr.members.pseudonym).fill('Hirondelle');
  await dialog.getByLabel(fr.memberRole.writer).check();
  await dialog.getByLabel(fr.memberRole.treasurer).check();
  await keepScreenshot(harness, '43-member-dialog');
  await expectAccessible(harness);
  await button(dialog, fr.common.save).click();
  const members = page.getByRole('region', { name: fr.members.heading });
  await expect(members.getByRole('row', { name: /Hirondelle/ })).toContainText(
    `${fr.memberRole.writer}, ${fr.memberRole.treasurer}`,
  );
  expect((await seed(harness, 'members:list', {})).map((m) => m.pseudonym)).toEqual(['Hirondelle']);
  await keepScreenshot(harness, '44-group');
  await expectAccessible(harness);

  // Field errors follow the user's language, never zod's English.
  await openNav(page, fr.nav.settings);
  await page.getByRole('main').getByLabel(fr.language.label, { exact: true }).selectOption('en');
  await openNav(page, en.nav.facilities);
  await page.keyboard.press('Control+n');
  await expect(pageHeading(page, en.facilityForm.newTitle)).toBeVisible();
  await button(page, en.facilityForm.create).click();
  await expect(page.getByText(en.form.errors.required)).toHaveCount(2);
  await expect(page.getByRole('alert')).toHaveText(en.form.fixErrors);
  await keepScreenshot(harness, '45-facility-form-english');
});
