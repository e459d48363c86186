import type { Page } from '@playwright/test';
import { fr } from '../../shared/i18n/fr';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { button, field, openNav, pageHeading, settingsSection } from './support/flows';
import { expectPreviewRendered, openPrintTab } from './support/print';
import { addressLines, fill, openWithNewVault, searchBox, seed, seedPrisoner } from './support/registry';

const FACILITY = 'Centre pénitentiaire de Fresnes';
const SENDER = 'Collectif Parloir';

async function openPrisonerPage(page: Page, number: string, heading: string): Promise<void> {
  await searchBox(page).fill(number);
  await expect(page.getByRole('listbox', { name: fr.search.results }).getByRole('option')).toHaveCount(1);
  await searchBox(page).press('ArrowDown');
  await searchBox(page).press('Enter');
  await expect(pageHeading(page, heading)).toBeVisible();
}

test('group country and sender: the country line goes for domestic addresses, the group sender prints on envelopes, and a facility requiring a sender warns without one', async ({
  harness,
}) => {
  const page = harness.page;
  await openWithNewVault(harness);
  const fresnes = await seed(harness, 'facilities:create', {
    name: FACILITY,
    kind: 'prison',
    address: { country: 'FR', street: '1 allée des Thuyas', postcode: '94260', city: 'Fresnes' },
    rules: { lettersAllowed: true, senderAddressRequired: true },
  });
  await seedPrisoner(
    harness,
    { familyName: 'Lefèvre', givenNames: 'Zoé', status: 'sentenced' },
    { facilityId: fresnes.id, number: '998877', from: '2022-01-10' },
  );
  await page.reload();

  // No group country yet: the address block ends with the country in capitals.
  await openPrisonerPage(page, '998877', 'Lefèvre Zoé');
  expect(await addressLines(page)).toContain('FRANCE');

  await openNav(page, fr.nav.settings);
  // The group's country and return address are saved together, with the group's one button.
  const group = settingsSection(page, fr.settings.group.heading);
  await field(group, fr.settingsPrint.country.label).selectOption('FR');
  await expect(group.getByText(fr.settingsPrint.sender.none)).toBeVisible();
  await button(group, fr.settingsPrint.sender.add).click();
  await field(group, fr.settingsPrint.sender.name).fill(SENDER);
  await field(group, fr.address.poBox).fill('BP 12');
  await field(group, fr.address.postcode).fill('75011');
  await field(group, fr.address.city).fill('Paris');
  await button(group, fr.common.save).click();
  await expect(group.getByRole('status')).toHaveText(fr.common.saved);
  await keepScreenshot(harness, 'print-settings-country-sender');
  await expectAccessible(harness);
  const settings = await seed(harness, 'settings:get', {});
  expect(settings.groupCountry).toBe('FR');
  expect(settings.groupSender).toMatchObject({
    name: SENDER,
    address: { country: 'FR', poBox: 'BP 12', postcode: '75011', city: 'Paris' },
  });

  // Posting from France to a French prison: no country line any more.
  await openPrisonerPage(page, '998877', 'Lefèvre Zoé');
  const lines = await addressLines(page);
  expect(lines).not.toContain('FRANCE');
  expect(lines.join('\n')).toContain('998877');

  // Labels carry no sender: the facility's rule asks for none.
  await openPrintTab(page, fr.print.tabs.mail);
  const checks = page.getByTestId('print-checks');
  const required = fill(fr.print.check.warning.sender_required, {
    facility: FACILITY,
    recipients: fill(fr.print.check.recipients_one, { count: 1 }),
  });
  await expect(checks.getByText(fr.print.check.allClear)).toBeVisible();

  // Envelopes go from the group's address by default; with no sender, the facility's rule is shown as a warning.
  await page.getByRole('radio', { name: fr.print.what.envelopes }).check();
  const senderChoice = field(page, fr.print.envelope.sender);
  await expect(senderChoice).toHaveValue('group');
  await expect(checks.getByText(fr.print.check.allClear)).toBeVisible();
  await senderChoice.selectOption('none');
  await expect(checks).toContainText(required);
  await keepScreenshot(harness, 'print-envelope-sender-required');
  await expectAccessible(harness);

  // The group's address as sender again: the warning goes, and the envelope previews with it.
  await senderChoice.selectOption({ label: fill(fr.print.envelope.senderGroup, { name: SENDER }) });
  await expect(checks).not.toContainText(required);
  await expect(checks.getByText(fr.print.check.allClear)).toBeVisible();
  await button(page, fr.print.preview.make).click();
  await expectPreviewRendered(page);
  await keepScreenshot(harness, 'print-envelope-group-sender');
  await expectAccessible(harness);
});
