import fs from 'node:fs';
import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import { exifTags, jpegWithMetadata } from '../unit/attachments/attachment-samples';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { button, openNav, pageHeading, SMALL_WINDOW } from './support/flows';
import { fill, openWithNewVault, seed, seedPrisoner } from './support/registry';

test('a photo attached to a parcel is kept without its metadata: no GPS, camera or serial in the copy saved out', async ({
  harness,
}) => {
  const page = harness.page;
  await openWithNewVault(harness);
  const facility = await seed(harness, 'facilities:create', {
    name: 'Maison d’arrêt de Villepinte',
    kind: 'remand',
    address: { country: 'FR', street: 'Avenue Vauban', postcode: '93420', city: 'Villepinte' },
  });
  const prisonerId = await seedPrisoner(
    harness,
    { familyName: 'Kaya', givenNames: 'Deniz' },
    { facilityId: facility.id, number: '9921', from: '2025-06-01' },
  );
  const created = await seed(harness, 'parcels:create', {
    prisonerId,
    preparedOn: '2026-11-20',
    status: 'prepared',
    items: [{ category: 'books', description: 'Romans', quantity: 2 }],
    acceptWarnings: true,
  });
  const parcelId = created.status === 'saved' ? created.parcel.id : 0;
  expect(parcelId).toBeGreaterThan(0);

  // A phone photo: GPS position, camera make, model and serial number, XMP, an embedded thumbnail.
  const photo = test.info().outputPath('IMG_2041.jpg');
  fs.writeFileSync(photo, jpegWithMetadata(320, 240));
  expect(JSON.stringify(exifTags(fs.readFileSync(photo)))).toMatch(/GPSLatitude|SN123456789/);

  await openNav(page, fr.nav.parcels);
  await page.getByRole('table', { name: fr.parcels.title }).getByText('Deniz Kaya').click();
  await expect(pageHeading(page, fill(fr.parcels.page.title, { name: 'Deniz Kaya' }))).toBeVisible();
  harness.nextAttachmentFile = photo;
  await button(page, fr.attachments.add).click();
  await expect(page.getByRole('status').getByText(fill(fr.attachments.added, { file: 'IMG_2041.jpg' }))).toBeVisible();
  const list = page.getByRole('list', { name: fr.attachments.listLabel });
  await expect(list.getByText('IMG_2041.jpg')).toBeVisible();
  await keepScreenshot(harness, 'parcel-attachment-fr-1280');
  await expectAccessible(harness);

  // Saved out on purpose, after the notice: the copy carries the pixels and nothing else.
  const out = test.info().outputPath('copie.jpg');
  harness.nextAttachmentSaveFile = out;
  await button(list, fill(fr.attachments.saveAsLabel, { file: 'IMG_2041.jpg' })).click();
  const dialog = page.getByRole('dialog', { name: fr.attachments.saveTitle });
  expect(fs.existsSync(out)).toBe(false);
  await button(dialog, fr.attachments.confirmSave).click();
  await expect(dialog.getByText(fill(fr.attachments.written, { file: 'copie.jpg' }))).toBeVisible();
  const tags = exifTags(fs.readFileSync(out));
  expect(tags['File:FileType']).toBe('JPEG');
  const names = Object.keys(tags).join(' ');
  expect(names).not.toMatch(/GPS|Make|Model|SerialNumber|XMP|ThumbnailImage|Comment/);
  expect(JSON.stringify(tags)).not.toMatch(/Secret|SN123456789|48\.85/);

  // In English at 1024 px, the same panel.
  await page.setViewportSize(SMALL_WINDOW);
  harness.app.context.preferences.set({ ...harness.app.context.preferences.get(), language: 'en' });
  await page.reload();
  await openNav(page, en.nav.parcels);
  await page.getByRole('table', { name: en.parcels.title }).getByText('Deniz Kaya').click();
  await expect(page.getByRole('list', { name: en.attachments.listLabel }).getByText('IMG_2041.jpg')).toBeVisible();
  await keepScreenshot(harness, 'parcel-attachment-en-1024');
});
