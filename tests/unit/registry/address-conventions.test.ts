import { describe, expect, test } from 'vitest';
import { composeAddressBlock, type AddressBlockInput } from '../../../shared/address/compose-address';
import { composeSenderBlock } from '../../../shared/address/compose-sender';
import { address } from './address-cases';

const greek = {
  familyName: 'Παπαδόπουλος',
  givenNames: 'Σωκράτης',
  prisonerNumber: '321',
  facilityName: 'Κατάστημα Κράτησης Κορυδαλλού',
  address: address('GR', { street: 'Πλάτωνος 1', postcode: '18110', city: 'Κορυδαλλός' }),
} satisfies AddressBlockInput;

const belgian = {
  familyName: 'Janssens',
  givenNames: 'Pieter',
  prisonerNumber: '4521',
  facilityName: 'Prison de Haren',
  address: address('BE', { street: 'Rue du Witloof 1', postcode: '1130', city: 'Bruxelles' }),
} satisfies AddressBlockInput;

describe('the prisoner-number line: the destination term, else the group language', () => {
  test('a Belgian group writing in French to a Belgian prison: "n°", never an English "No."', () => {
    const lines = composeAddressBlock({ ...belgian, senderCountry: 'BE', language: 'fr' });
    expect(lines[1]).toBe('n° 4521');
    expect(lines.join('\n')).not.toContain('No.');
  });

  test('a group working in English writing to Greece: "No."', () => {
    expect(composeAddressBlock({ ...greek, senderCountry: 'GB', language: 'en' })[1]).toBe('No. 321');
  });

  test.each([
    ['FR', 'écrou n° 77'],
    ['DE', 'Buchnummer 77'],
    ['ES', 'NIS 77'],
    ['IT', 'matricola 77'],
  ])("%s prisons' own term, whatever the group's language", (country, line) => {
    const input = { ...belgian, prisonerNumber: '77', address: { ...belgian.address, country }, senderCountry: 'GB' };
    expect(composeAddressBlock({ ...input, language: 'en' })).toContain(line);
    expect(composeAddressBlock({ ...input, language: 'fr' })).toContain(line);
  });

  test('US (Federal Bureau of Prisons): "#" on the name line in both languages', () => {
    const input = {
      ...belgian,
      prisonerNumber: '12345-678',
      address: address('US', { poBox: 'PO Box 8500', postcode: '81226', city: 'Florence', region: 'CO' }),
    };
    expect(composeAddressBlock({ ...input, language: 'fr' })[0]).toBe('Pieter Janssens #12345-678');
    expect(composeAddressBlock({ ...input, language: 'en' })[0]).toBe('Pieter Janssens #12345-678');
  });
});

describe('the country line: in the language of the sending post, in capitals, in Latin script', () => {
  test.each([
    ['FR', 'en', 'GRÈCE'],
    ['BE', 'en', 'GRÈCE'],
    ['CH', 'fr', 'GRÈCE'],
    ['GB', 'fr', 'GREECE'],
    ['US', 'fr', 'GREECE'],
    ['IE', 'fr', 'GREECE'],
    ['DE', 'fr', 'GRÈCE'],
    ['DE', 'en', 'GREECE'],
    ['CH', 'en', 'GREECE'],
  ] as const)('a group in %s with the app in %s writes %s under a Greek block', (origin, language, line) => {
    const lines = composeAddressBlock({ ...greek, senderCountry: origin, language });
    expect(lines.at(-1)).toBe(line);
    expect(lines.at(-2)).toBe('181 10 Κορυδαλλός');
  });

  test('an unknown group country: the group language', () => {
    expect(composeAddressBlock({ ...belgian, senderCountry: null, language: 'en' }).at(-1)).toBe('BELGIUM');
  });

  test("the return address names the sender's country in its own post's language", () => {
    const london = {
      name: 'Support Group',
      address: address('GB', { poBox: 'PO Box 12', postcode: 'E1 1AA', city: 'London' }),
    };
    expect(composeSenderBlock(london, 'FR', 'fr').at(-1)).toBe('UNITED KINGDOM');
    const berlin = { name: 'Soligruppe', address: address('DE', { postcode: '10115', city: 'Berlin' }) };
    expect(composeSenderBlock(berlin, 'FR', 'en').at(-1)).toBe('GERMANY');
  });
});

describe('the Spanish módulo', () => {
  const madrid = {
    familyName: 'García',
    givenNames: 'Lucía',
    prisonerNumber: null,
    facilityName: 'Centro Penitenciario Madrid V',
    address: address('ES', { street: 'Carretera M-609, km 3,5', postcode: '28791', city: 'Soto del Real' }),
    senderCountry: 'ES',
  } satisfies AddressBlockInput;

  test('its own line after the name, before the prison, written once even when typed with the word', () => {
    expect(composeAddressBlock({ ...madrid, module: '12' }).slice(0, 3)).toEqual([
      'Lucía García',
      'Módulo 12',
      'Centro Penitenciario Madrid V',
    ]);
    expect(composeAddressBlock({ ...madrid, module: 'módulo 3 (mujeres)' })[1]).toBe('módulo 3 (mujeres)');
  });

  test('never printed for a prison outside Spain', () => {
    const lines = composeAddressBlock({ ...madrid, module: '12', address: { ...madrid.address, country: 'PT' } });
    expect(lines.join('\n')).not.toContain('12');
  });
});
