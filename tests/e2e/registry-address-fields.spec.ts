import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { button, field, openNav, pageHeading, SMALL_WINDOW } from './support/flows';
import type { Harness } from './support/harness';
import { addressLines, fill, openWithNewVault, seed } from './support/registry';

const madrid = {
  name: 'Centro Penitenciario Madrid V',
  kind: 'prison',
  address: {
    country: 'ES',
    street: 'Carretera M-609, km 3,5',
    postcode: '28791',
    city: 'Soto del Real',
    region: 'Madrid',
  },
} as const;

/** A Spanish group: its country is set before the app opens, then the prisoner list. */
async function openAsSpanishGroup(harness: Harness, language: 'fr' | 'en'): Promise<void> {
  await openWithNewVault(harness);
  await seed(harness, 'settings:set', { groupCountry: 'ES', language });
  await harness.page.reload();
  await openNav(harness.page, language === 'fr' ? fr.nav.prisoners : en.nav.prisoners);
}

test("a new prison starts in the group's country, and a Spanish stay takes its módulo, printed under the name", async ({
  harness,
}) => {
  const page = harness.page;
  await openAsSpanishGroup(harness, 'fr');

  await openNav(page, fr.nav.facilities);
  await button(page.getByRole('main'), fr.facilities.new).first().click();
  await expect(pageHeading(page, fr.facilityForm.newTitle)).toBeVisible();
  await expect(field(page, fr.address.country)).toHaveValue('ES');
  await field(page, fr.facilityForm.name).fill(madrid.name);
  await field(page, fr.address.street).fill(madrid.address.street);
  await field(page, fr.address.postcode).fill(madrid.address.postcode);
  await field(page, fr.address.city).fill(madrid.address.city);
  await field(page, fr.address.region).fill(madrid.address.region);
  await keepScreenshot(harness, 'addr-01-facility-form-fr-1280');
  await page.setViewportSize(SMALL_WINDOW);
  await keepScreenshot(harness, 'addr-02-facility-form-fr-1024');
  await page.setViewportSize({ width: 1280, height: 800 });
  await button(page, fr.facilityForm.create).click();
  await expect(pageHeading(page, madrid.name)).toBeVisible();
  expect((await seed(harness, 'facilities:list', {})).map((f) => f.country)).toEqual(['ES']);

  // The módulo is asked for once the chosen prison is Spanish.
  await openNav(page, fr.nav.prisoners);
  await page.keyboard.press('Control+n');
  await field(page, fr.prisoner.fields.familyName).fill('García');
  await field(page, fr.prisoner.fields.givenNames).fill('Lucía');
  await page.getByLabel(fr.prisonerForm.held).check();
  await expect(field(page, fr.stayDialog.module)).toHaveCount(0);
  await field(page, fill(fr.facilityPicker.search, { label: fr.prisonerForm.facility })).fill('soto');
  await field(page, fr.prisonerForm.facility).selectOption({ label: `${madrid.name} (Soto del Real, Espagne)` });
  await field(page, fr.prisonerForm.number).fill('2020001234');
  await field(page, fr.stayDialog.module).fill('5');
  await field(page, fr.prisonerForm.since).fill('2025-03-01');
  await keepScreenshot(harness, 'addr-03-prisoner-form-module-fr');
  await expectAccessible(harness);
  await button(page, fr.prisonerForm.create).click();
  await expect(pageHeading(page, 'García Lucía')).toBeVisible();
  expect(await addressLines(page)).toEqual([
    'Lucía García',
    'NIS 2020001234',
    'Módulo 5',
    madrid.name,
    madrid.address.street,
    '28791 Soto del Real (Madrid)',
  ]);
  await expect(page.getByText(fill(fr.prisoner.timeline.module, { module: '5' }))).toBeVisible();
  await keepScreenshot(harness, 'addr-04-prisoner-page-fr');
  await expectAccessible(harness);
});

test('in English: a German prison whose Postfach has its own postcode, and a transfer there without a módulo', async ({
  harness,
}) => {
  const page = harness.page;
  await openAsSpanishGroup(harness, 'en');
  const es = await seed(harness, 'facilities:create', madrid);
  await seed(harness, 'prisoners:create', {
    prisoner: { familyName: 'García', givenNames: 'Lucía' },
    stay: { facilityId: es.id, prisonerNumber: '2020001234', module: '5', from: '2025-03-01', startReason: 'arrest' },
  });

  await openNav(page, en.nav.facilities);
  await button(page.getByRole('main'), en.facilities.new).first().click();
  await expect(field(page, en.address.country)).toHaveValue('ES');
  await field(page, en.address.country).selectOption('DE');
  await field(page, en.facilityForm.name).fill('Justizvollzugsanstalt Tegel');
  await field(page, en.address.street).fill('Seidelstraße 39');
  await field(page, en.address.poBox).fill('Postfach 51 01 20');
  await field(page, en.address.poBoxPostcode).fill('13469');
  await field(page, en.address.postcode).fill('13507');
  await field(page, en.address.city).fill('Berlin');
  await keepScreenshot(harness, 'addr-05-facility-form-en-1280');
  await page.setViewportSize(SMALL_WINDOW);
  await keepScreenshot(harness, 'addr-06-facility-form-en-1024');
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectAccessible(harness);
  await button(page, en.facilityForm.create).click();
  await expect(pageHeading(page, 'Justizvollzugsanstalt Tegel')).toBeVisible();
  await expect(page.getByText('Postfach 51 01 20 — 13469 Berlin')).toBeVisible();

  const search = page.getByRole('combobox', { name: en.search.label });
  await search.fill('2020001234');
  await expect(page.getByRole('listbox', { name: en.search.results }).getByRole('option')).toHaveCount(1);
  await search.press('ArrowDown');
  await search.press('Enter');
  await expect(pageHeading(page, 'García Lucía')).toBeVisible();
  await button(page, en.prisoner.recordTransfer).click();
  const dialog = page.getByRole('dialog', { name: en.transfer.title });
  await field(dialog, fill(en.facilityPicker.search, { label: en.transfer.facility }, 'en')).fill('tegel');
  await field(dialog, en.transfer.facility).selectOption({ label: 'Justizvollzugsanstalt Tegel (Berlin, Germany)' });
  await expect(field(dialog, en.stayDialog.module)).toHaveCount(0);
  await field(dialog, en.transfer.number).fill('777/24');
  await field(dialog, en.transfer.date).fill('2026-01-15');
  await keepScreenshot(harness, 'addr-07-transfer-en');
  await button(dialog, en.transfer.submit).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('address-block')).toContainText('777/24');
  // Name first (the JVA's own pages), the Postfach and its PLZ in place of the street, the country in English.
  expect(await addressLines(page)).toEqual([
    'Lucía García',
    'Buchnummer 777/24',
    'Justizvollzugsanstalt Tegel',
    'Postfach 51 01 20',
    '13469 Berlin',
    'GERMANY',
  ]);
  await keepScreenshot(harness, 'addr-08-prisoner-page-en');
  await expectAccessible(harness);
});
