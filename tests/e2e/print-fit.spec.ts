import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import { longAddressInputs } from '../fixtures/long-addresses';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { field, openNav, SMALL_WINDOW } from './support/flows';
import { fill, openWithNewVault, seed, seedFacility, seedPrisoner } from './support/registry';

test('an address too long for the label is announced as left blank, with advice that names labels, then envelopes', async ({
  harness,
}) => {
  const page = harness.page;
  await openWithNewVault(harness);
  const turkish = longAddressInputs[0];
  if (!turkish) throw new Error('the fixture has no long address');
  const silivri = await seed(harness, 'facilities:create', {
    name: turkish.facilityName,
    kind: 'prison',
    address: { ...turkish.address },
  });
  await seedPrisoner(
    harness,
    { familyName: turkish.familyName, givenNames: turkish.givenNames, status: 'pretrial' },
    { facilityId: silivri.id, number: turkish.prisonerNumber ?? '1', from: '2024-05-02' },
  );
  const fresnes = await seedFacility(harness, 'Centre pénitentiaire de Fresnes', 'Fresnes', 'FR', '94260');
  await seedPrisoner(
    harness,
    { familyName: 'Lefèvre', givenNames: 'Zoé', status: 'sentenced' },
    { facilityId: fresnes, number: '998877', from: '2022-01-10' },
  );
  await page.reload();

  await openNav(page, fr.nav.print);
  const checks = page.getByTestId('print-checks');
  // L7160 holds it (wrapped, in the label's padding); Avery 5160's 25.4 mm labels do not.
  await expect(page.getByTestId('print-plan')).toHaveText(
    fill(fr.print.check.planLabels_other, { count: 2, pages: fill(fr.print.check.pages_one, { count: 1 }) }),
  );
  await expect(checks.getByText(fill(fr.print.check.overflow.labels_one, { count: 1 }))).toHaveCount(0);
  await field(page, fr.print.labels.sheet).selectOption('avery-5160');
  await expect(checks.getByText(fill(fr.print.check.overflow.labels_one, { count: 1 }))).toBeVisible();
  await expect(
    checks.getByRole('listitem').filter({ hasText: `${turkish.givenNames} ${turkish.familyName}` }),
  ).toBeVisible();
  await keepScreenshot(harness, 'print-fit-labels-fr');
  await expectAccessible(harness);

  // A C5 envelope holds it: the advice to take an envelope was one the user can follow.
  await page.getByRole('radio', { name: fr.print.what.envelopes }).check();
  await field(page, fr.print.envelope.format).selectOption('C5');
  await expect(page.getByTestId('print-plan')).toHaveText(
    fill(fr.print.check.planEnvelopes_other, { count: 2, pages: fill(fr.print.check.pages_other, { count: 2 }) }),
  );
  await expect(checks.getByText(fill(fr.print.check.overflow.envelopes_one, { count: 1 }))).toHaveCount(0);

  // A return address that fits its corner in no way is announced, never printed cut.
  await expect(checks.getByText(fr.print.check.senderOverflow)).toHaveCount(0);
  await seed(harness, 'settings:set', {
    groupSender: {
      name: 'Collectif-de-soutien-aux-personnes-détenues-'.repeat(3),
      address: { country: 'FR', street: '1 rue des Lilas', postcode: '75020', city: 'Paris' },
    },
  });
  await field(page, fr.print.envelope.format).selectOption('DL');
  await expect(checks.getByText(fr.print.check.senderOverflow)).toBeVisible();

  // The same in English, in a 1024 px window.
  await openNav(page, fr.nav.settings);
  await page.getByRole('main').getByLabel(fr.language.label, { exact: true }).selectOption('en');
  await page.setViewportSize(SMALL_WINDOW);
  await openNav(page, en.nav.print);
  await field(page, en.print.labels.sheet).selectOption('avery-5160');
  await expect(checks.getByText(fill(en.print.check.overflow.labels_one, { count: 1 }, 'en'))).toBeVisible();
  await keepScreenshot(harness, 'print-fit-labels-en-1024');
  await expectAccessible(harness);
});
