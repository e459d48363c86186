import type { Page } from '@playwright/test';
import type { Channel } from '../../../shared/channels';
import type { InputOf, OutputOf } from '../../../shared/contract';
import { fr } from '../../../shared/i18n/fr';
import { dispatch } from '../../../electron/services/dispatch';
import { expect } from './fixtures';
import { openNav, pageHeading, STRONG_PASSPHRASE } from './flows';
import type { Harness } from './harness';

/**
 * Writes straight through the real handlers (the same dispatch the page uses), for data a test needs but does not
 * test the screens of. The page caches what it has read: reload it afterwards.
 */
export async function seed<C extends Channel>(harness: Harness, channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const envelope = await dispatch(harness.app, channel, input);
  if (!envelope.ok) throw new Error(`${channel} refused: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as OutputOf<C>;
}

export async function seedFacility(
  harness: Harness,
  name: string,
  city: string,
  country = 'FR',
  postcode = '69000',
): Promise<number> {
  const facility = await seed(harness, 'facilities:create', {
    name,
    kind: 'prison',
    address: { country, street: '1 rue de la Prison', postcode, city },
  });
  return facility.id;
}

export async function seedPrisoner(
  harness: Harness,
  prisoner: InputOf<'prisoners:create'>['prisoner'],
  stay?: { facilityId: number; number: string; from: string },
): Promise<number> {
  const detail = await seed(harness, 'prisoners:create', {
    prisoner,
    ...(stay
      ? {
          stay: {
            facilityId: stay.facilityId,
            prisonerNumber: stay.number,
            from: stay.from,
            startReason: 'arrest' as const,
          },
        }
      : {}),
  });
  return detail.prisoner.id;
}

/**
 * Creates the vault through the handlers (the first-run screens have their own tests and zxcvbn takes seconds to
 * load), then opens the app: it comes up unlocked on Home, and goes to the prisoner list.
 */
export async function openWithNewVault(harness: Harness): Promise<void> {
  await seed(harness, 'vault:create', { passphrase: STRONG_PASSPHRASE });
  await harness.open();
  await expect(pageHeading(harness.page, fr.nav.dashboard)).toBeVisible();
  await openNav(harness.page, fr.nav.prisoners);
}

/** The address block on the prisoner page, one string per printed line. */
export async function addressLines(page: Page): Promise<string[]> {
  return page.getByTestId('address-block').locator('p').allTextContents();
}

export function searchBox(page: Page) {
  return page.getByRole('combobox', { name: fr.search.label });
}

export async function expectCount(page: Page, text: string): Promise<void> {
  await expect(page.locator('.count-line')).toHaveText(text);
}

/** A message with its {{placeholders}} filled, as i18next renders it. */
export function fill(template: string, values: Record<string, string | number>, locale = 'fr'): string {
  // `{{n, number}}` is i18next's number formatter: the decimal comma in French.
  return template.replace(/\{\{(\w+)(, number)?\}\}/g, (_, key: string, number?: string) => {
    const value = values[key] ?? '';
    return number && typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : String(value);
  });
}
