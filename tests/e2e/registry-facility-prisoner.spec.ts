import { fr } from '../../shared/i18n/fr';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { button, expectNoSidewaysScroll, field, openNav, pageHeading, SMALL_WINDOW } from './support/flows';
import { addressLines, fill, openWithNewVault, seed } from './support/registry';

test('a facility with mail rules, a prisoner with a stay, a transfer that moves the address, then deletion with confirmation', async ({
  harness,
}) => {
  const page = harness.page;
  await openWithNewVault(harness);

  // An empty registry says what to do first.
  await expect(page.getByText(fr.prisoners.empty)).toBeVisible();
  await expect(button(page.getByRole('main'), fr.prisoners.import)).toHaveCount(2);
  await keepScreenshot(harness, '30-prisoners-empty');
  await expectAccessible(harness);

  // A facility with its rules; a wrong IBAN and an unknown placeholder are refused in French, in the form.
  await openNav(page, fr.nav.facilities);
  await expect(page.getByText(fr.facilities.empty)).toBeVisible();
  await button(page.getByRole('main'), fr.facilities.new).first().click();
  await expect(pageHeading(page, fr.facilityForm.newTitle)).toBeVisible();
  await field(page, fr.facilityForm.name).fill('Maison d’arrêt de Lyon-Corbas');
  await field(page, fr.facilityForm.kind).selectOption('remand');
  await field(page, fr.address.street).fill('42 rue de l’Égalité');
  await field(page, fr.address.postcode).fill('69960');
  await field(page, fr.address.city).fill('Corbas');
  await field(page, fr.facilityForm.lettersAllowed).selectOption('yes');
  await field(page, fr.facilityForm.maxPages).fill('4');
  await field(page, fr.facilityForm.photosAllowed).selectOption('yes');
  await field(page, fr.facilityForm.maxPhotos).fill('3');
  await field(page, fr.facilityForm.parcelsAllowed).selectOption('no');
  await page.getByRole('radio', { name: fr.moneyMethod.bank_transfer }).check();
  await field(page, fr.rules.iban).fill('FR76 3000 6000 0112 3456 7890 188');
  await field(page, fr.rules.reference).fill('{numero} {LASTNAME}');
  await button(page, fr.facilityForm.create).click();
  await expect(page.getByText(fr.form.errors.invalidIban)).toBeVisible();
  await expect(page.getByText(fr.form.errors.unknownPlaceholder)).toBeVisible();
  await expect(field(page, fr.rules.iban)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toHaveText(fr.form.fixErrors);
  await keepScreenshot(harness, '31-facility-form-errors');
  await expectAccessible(harness);

  await field(page, fr.rules.iban).fill('fr76 3000 6000 0112 3456 7890 189');
  await field(page, fr.rules.reference).fill('{number} {LASTNAME}');
  await field(page, fr.facilityForm.referenceMaxLength).fill('30');
  await button(page, fr.facilityForm.create).click();
  await expect(pageHeading(page, 'Maison d’arrêt de Lyon-Corbas')).toBeVisible();
  const money = page.getByTestId('money-rules');
  await expect(money).toContainText('FR76 3000 6000 0112 3456 7890 189');
  await expect(money).toContainText('{number} {LASTNAME}');
  await expect(money).toContainText(fill(fr.rules.referenceMax_other, { count: 30 }));
  await expect(page.getByText(`${fr.rules.allowed} (${fill(fr.rules.maxPages_other, { count: 4 })})`)).toBeVisible();
  await keepScreenshot(harness, '32-facility-page');
  await expectAccessible(harness);
  const stored = await seed(harness, 'facilities:list', {});
  expect(stored.map((f) => f.name)).toEqual(['Maison d’arrêt de Lyon-Corbas']);

  // Ctrl+N from the facilities section opens a new facility.
  await openNav(page, fr.nav.facilities);
  await page.keyboard.press('Control+n');
  await expect(pageHeading(page, fr.facilityForm.newTitle)).toBeVisible();
  await field(page, fr.facilityForm.name).fill('Centre pénitentiaire de Bourg-en-Bresse');
  await field(page, fr.address.postcode).fill('01000');
  await field(page, fr.address.city).fill('Bourg-en-Bresse');
  await page.setViewportSize(SMALL_WINDOW);
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, '33-facility-form-1024x700');
  await page.setViewportSize({ width: 1280, height: 800 });
  await button(page, fr.facilityForm.create).click();
  await expect(pageHeading(page, 'Centre pénitentiaire de Bourg-en-Bresse')).toBeVisible();
  await openNav(page, fr.nav.facilities);
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(3);
  await keepScreenshot(harness, '34-facilities-list');
  await expectAccessible(harness);

  // A prisoner with the stay where they are now; the required name is asked for in French first.
  await openNav(page, fr.nav.prisoners);
  await page.keyboard.press('Control+n');
  await expect(pageHeading(page, fr.prisonerForm.newTitle)).toBeVisible();
  await button(page, fr.prisonerForm.create).click();
  await expect(page.getByText(fr.form.errors.required)).toBeVisible();
  await expect(field(page, fr.prisoner.fields.familyName)).toBeFocused();
  await field(page, fr.prisoner.fields.familyName).fill('Yıldız');
  await field(page, fr.prisoner.fields.givenNames).fill('Gülşen');
  await field(page, fr.prisoner.fields.knownAs).fill('Gül');
  await field(page, fr.prisoner.fields.languages).fill('tr, fr');
  await field(page, fr.prisoner.fields.status).selectOption('pretrial');
  await page.getByLabel(fr.prisonerForm.held).check();
  await field(page, fill(fr.facilityPicker.search, { label: fr.prisonerForm.facility })).fill('corbas');
  await field(page, fr.prisonerForm.facility).selectOption({ label: 'Maison d’arrêt de Lyon-Corbas (Corbas, France)' });
  await field(page, fr.prisonerForm.number).fill('12345');
  await field(page, fr.prisonerForm.since).fill('2025-03-01');
  await keepScreenshot(harness, '35-prisoner-form');
  await expectAccessible(harness);
  await button(page, fr.prisonerForm.create).click();

  await expect(pageHeading(page, 'Yıldız Gülşen')).toBeVisible();
  const before = await addressLines(page);
  expect(before.join('\n')).toContain('12345');
  expect(before.join('\n')).toContain('Corbas');
  const timeline = page.getByRole('list', { name: fr.prisoner.timeline.heading });
  await expect(timeline.getByRole('listitem')).toHaveCount(1);
  await keepScreenshot(harness, '36-prisoner-page');
  await expectAccessible(harness);

  // The transfer closes the stay and opens the next in one step: the address block follows.
  await button(page, fr.prisoner.recordTransfer).click();
  const dialog = page.getByRole('dialog', { name: fr.transfer.title });
  await field(dialog, fill(fr.facilityPicker.search, { label: fr.transfer.facility })).fill('BOURG');
  await expect(field(dialog, fr.transfer.facility).getByRole('option')).toHaveCount(1);
  await field(dialog, fr.transfer.facility).selectOption({
    label: 'Centre pénitentiaire de Bourg-en-Bresse (Bourg-en-Bresse, France)',
  });
  await field(dialog, fr.transfer.number).fill('A-778');
  await field(dialog, fr.transfer.date).fill('2026-01-15');
  await keepScreenshot(harness, '37-transfer-dialog');
  await expectAccessible(harness);
  await button(dialog, fr.transfer.submit).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('address-block')).toContainText('A-778');
  const after = (await addressLines(page)).join('\n');
  expect(after).toContain('Bourg-en-Bresse');
  expect(after).not.toContain('Corbas');
  expect(after).not.toContain('12345');
  await expect(timeline.getByRole('listitem')).toHaveCount(2);
  await expect(timeline.getByRole('listitem').first()).toContainText(
    fill(fr.prisoner.timeline.since, { from: '15 janvier 2026' }),
  );
  await expect(timeline.getByRole('listitem').nth(1)).toContainText(
    fill(fr.prisoner.timeline.between, { from: '1 mars 2025', to: '15 janvier 2026' }),
  );

  // Editing: "do not write" with its reason shows as a banner on the page.
  await button(page, fr.prisoner.edit).click();
  await expect(pageHeading(page, fr.prisonerForm.editTitle)).toBeVisible();
  await expect(field(page, fr.prisoner.fields.givenNames)).toHaveValue('Gülşen');
  await page.getByLabel(fr.prisonerForm.doNotWrite).check();
  await field(page, fr.prisonerForm.doNotWriteReason).fill('Elle a demandé une pause jusqu’au procès.');
  await button(page, fr.common.save).click();
  await expect(page.getByTestId('do-not-write')).toHaveText(
    `${fr.prisoner.doNotWrite}Elle a demandé une pause jusqu’au procès.`,
  );

  // A campaign created from the prisoner page.
  await field(page, fr.prisoner.tags.newLabel).fill('Procès de Lyon');
  await button(page, fr.prisoner.tags.create).click();
  await expect(button(page, fill(fr.prisoner.tags.remove, { name: 'Procès de Lyon' }))).toBeVisible();
  await page.setViewportSize(SMALL_WINDOW);
  await expectNoSidewaysScroll(page);
  await keepScreenshot(harness, '38-prisoner-transferred-1024x700');
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectAccessible(harness);

  // Deleting says what goes with it; cancelling keeps everything, confirming deletes.
  await button(page, fr.common.delete).click();
  const confirm = page.getByRole('dialog', { name: fill(fr.deletion.title.prisoner, { name: 'Yıldız Gülşen' }) });
  await expect(confirm).toContainText(fill(fr.deletion.stays_other, { count: 2 }));
  await expect(confirm).toContainText(fill(fr.deletion.tags_one, { count: 1 }));
  await expect(button(confirm, fr.common.cancel)).toBeFocused();
  await keepScreenshot(harness, '39-delete-prisoner');
  await expectAccessible(harness);
  await button(confirm, fr.common.cancel).click();
  await expect(confirm).toBeHidden();
  expect((await seed(harness, 'prisoners:list', {})).total).toBe(1);

  await button(page, fr.common.delete).click();
  await button(confirm, fr.deletion.confirm).click();
  await expect(pageHeading(page, fr.nav.prisoners)).toBeVisible();
  await expect(page.getByText(fr.prisoners.empty)).toBeVisible();
  expect((await seed(harness, 'prisoners:list', { includeArchived: true })).total).toBe(0);

  // A facility with no history left goes after the same question.
  await openNav(page, fr.nav.facilities);
  await page.getByRole('button', { name: 'Maison d’arrêt de Lyon-Corbas' }).click();
  await button(page, fr.common.delete).click();
  const facilityConfirm = page.getByRole('dialog', {
    name: fill(fr.deletion.title.facility, { name: 'Maison d’arrêt de Lyon-Corbas' }),
  });
  await expect(facilityConfirm).toContainText(fr.deletion.nothingElse);
  await button(facilityConfirm, fr.deletion.confirm).click();
  await expect(pageHeading(page, fr.nav.facilities)).toBeVisible();
  expect((await seed(harness, 'facilities:list', { includeArchived: true })).map((f) => f.name)).toEqual([
    'Centre pénitentiaire de Bourg-en-Bresse',
  ]);
});
