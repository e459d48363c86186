import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { fr } from '../../shared/i18n/fr';
import { pdfWithMetadata } from '../unit/attachments/attachment-samples';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { button, openNav } from './support/flows';
import { fill, openWithNewVault, seed, seedPrisoner } from './support/registry';

const pdfinfoOf = (file: string) => execFileSync('pdfinfo', [file]).toString();

test('a scan attached to a received letter, from its dialog in Courrier: kept in the vault without its document metadata', async ({
  harness,
}) => {
  const page = harness.page;
  await openWithNewVault(harness);
  const prisonerId = await seedPrisoner(harness, { familyName: 'Kaya', givenNames: 'Deniz' });
  await seed(harness, 'letters:create', {
    letter: { prisonerId, direction: 'in', status: 'received', receivedOn: '2026-11-20', pages: 2 },
  });

  // A scanner's PDF: title, author, producer and XMP name who scanned it.
  const scan = test.info().outputPath('scan-lettre.pdf');
  fs.writeFileSync(scan, await pdfWithMetadata('Lettre de Deniz', 2));
  expect(pdfinfoOf(scan)).toMatch(/Author:\s+Author secret/);

  await openNav(page, fr.nav.letters);
  await page.getByRole('table').getByRole('row').nth(1).getByRole('button').first().click();
  const dialog = page.getByRole('dialog', { name: fill(fr.letters.editTitle, { name: 'Kaya Deniz' }) });
  harness.nextAttachmentFile = scan;
  await button(dialog, fr.attachments.add).click();
  await expect(
    dialog.getByRole('status').getByText(fill(fr.attachments.added, { file: 'scan-lettre.pdf' })),
  ).toBeVisible();
  await expect(dialog.getByRole('list', { name: fr.attachments.listLabel }).getByText('scan-lettre.pdf')).toBeVisible();
  await keepScreenshot(harness, 'letter-attachment-fr-1280');
  await expectAccessible(harness);

  // In the vault: the pages, not who made the file.
  const letterId = (await seed(harness, 'letters:list', {})).rows[0]?.id ?? 0;
  const [stored] = (await seed(harness, 'attachments:list', { letterId })).attachments;
  expect(stored?.fileName).toBe('scan-lettre.pdf');
  const preview = await seed(harness, 'attachments:preview', { id: stored?.id ?? 0 });
  const copy = test.info().outputPath('stored.pdf');
  fs.writeFileSync(copy, Buffer.from(preview.base64, 'base64'));
  const info = pdfinfoOf(copy);
  expect(info).toMatch(/Pages:\s+2/);
  expect(info).not.toMatch(/secret/i);
});
