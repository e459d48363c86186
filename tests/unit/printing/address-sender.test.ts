import { describe, expect, test } from 'vitest';
import { composeAddressBlock, type AddressBlockInput } from '../../../shared/address/compose-address';
import { composeSenderBlock } from '../../../shared/address/compose-sender';
import type { PostalAddress } from '../../../shared/registry/facilities.schemas';
import type { SenderAddress } from '../../../shared/settings/sender.schemas';

const address = (country: string, parts: Partial<PostalAddress> & { city: string }): PostalAddress => ({
  country,
  street: null,
  extra: null,
  poBox: null,
  postcode: null,
  region: null,
  ...parts,
});

// The registry's table (tests/unit/registry/address-block.test.ts) covers each country's order; these add the box
// wordings, missing fields and which country line appears depending on where the letter leaves from.
const recipients: [string, AddressBlockInput, string[]][] = [
  [
    'BE with a box line, sent from Belgium by a group working in French: no country line, a French "n°"',
    {
      familyName: 'Peeters',
      givenNames: 'Jan',
      prisonerNumber: '77',
      facilityName: 'Gevangenis Brugge',
      address: address('BE', { street: 'Legeweg 200', poBox: 'Boîte 5', postcode: '8200', city: 'Brugge' }),
      senderCountry: 'BE',
      language: 'fr',
    },
    ['Jan Peeters', 'n° 77', 'Gevangenis Brugge', 'Legeweg 200', 'Boîte 5', '8200 Brugge'],
  ],
  [
    'TR without a number or a street, sent from France: the lines that exist, and the country',
    {
      familyName: 'Öztürk',
      givenNames: 'Çağlar',
      prisonerNumber: null,
      facilityName: 'Silivri Cezaevi',
      address: address('TR', { postcode: '34570', city: 'Silivri' }),
      senderCountry: 'FR',
    },
    ['Çağlar Öztürk', 'Silivri Cezaevi', '34570 Silivri', 'TURQUIE'],
  ],
  [
    'US without given names, sent from the US: register number on the name line, PO box above the city line',
    {
      familyName: 'Smith',
      givenNames: null,
      prisonerNumber: '12345-678',
      facilityName: 'FCI Florence',
      address: address('US', { poBox: 'PO Box 6000', postcode: '81226', city: 'Florence', region: 'CO' }),
      senderCountry: 'US',
    },
    ['Smith #12345-678', 'FCI Florence', 'PO Box 6000', 'Florence, CO 81226'],
  ],
  [
    'GB with the group country not set, app in English: the country line is kept (one too many is harmless)',
    {
      familyName: 'Smith',
      givenNames: 'Ann',
      prisonerNumber: 'A1234BC',
      facilityName: 'HMP Wandsworth',
      address: address('GB', { street: 'Heathfield Road', postcode: 'SW18 3HU', city: 'London' }),
      senderCountry: null,
      language: 'en',
    },
    ['Ann Smith', 'No. A1234BC', 'HMP Wandsworth', 'Heathfield Road', 'LONDON', 'SW18 3HU', 'UNITED KINGDOM'],
  ],
];

describe('recipient blocks: boxes, missing fields, country line', () => {
  test.each(recipients)('%s', (_name, input, expected) => {
    expect(composeAddressBlock(input)).toEqual(expected);
  });

  test('the same French address gets its country line only when it leaves another country', () => {
    const input = {
      familyName: 'Dupont',
      givenNames: 'Hélène',
      prisonerNumber: '12345',
      facilityName: "Maison d'arrêt de Seysses",
      address: address('FR', { street: 'Route de Seysses', poBox: 'BP 85 Cedex', postcode: '31603', city: 'Muret' }),
    };
    expect(composeAddressBlock({ ...input, senderCountry: 'fr' }).at(-1)).toBe('31603 MURET CEDEX');
    expect(composeAddressBlock({ ...input, senderCountry: 'CH' }).at(-1)).toBe('FRANCE');
  });
});

const toulouse: SenderAddress = {
  name: 'Collectif Parloir',
  address: address('FR', { poBox: 'BP 12 Cedex', postcode: '31000', city: 'Toulouse' }),
};

describe('sender blocks', () => {
  test('a French PO box to a French prison: BP line, CEDEX on the town line, no country', () => {
    expect(composeSenderBlock(toulouse, 'FR')).toEqual(['Collectif Parloir', 'BP 12', '31000 TOULOUSE CEDEX']);
  });

  test('the same sender writing abroad adds its own country, so a returned letter finds its way back', () => {
    expect(composeSenderBlock(toulouse, 'DE')).toEqual([
      'Collectif Parloir',
      'BP 12',
      '31000 TOULOUSE CEDEX',
      'FRANCE',
    ]);
  });

  test('a German Postfach with destinations in several countries (null) keeps the country line', () => {
    const berlin: SenderAddress = {
      name: 'Soligruppe',
      address: address('DE', { poBox: 'Postfach 10 20 30', postcode: '10115', city: 'Berlin' }),
    };
    expect(composeSenderBlock(berlin, null)).toEqual(['Soligruppe', 'Postfach 10 20 30', '10115 Berlin', 'ALLEMAGNE']);
  });

  test('a Swiss sender in Switzerland: street, case postale, postcode and town in the Swiss order', () => {
    const geneve: SenderAddress = {
      name: 'Comité',
      address: address('CH', { street: 'Rue du Rhône 1', poBox: 'Case postale 44', postcode: '1204', city: 'Genève' }),
    };
    expect(composeSenderBlock(geneve, 'CH')).toEqual(['Comité', 'Rue du Rhône 1', 'Case postale 44', '1204 Genève']);
  });
});
