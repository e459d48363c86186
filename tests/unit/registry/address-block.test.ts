import { describe, expect, test } from 'vitest';
import { composeAddressBlock, type AddressBlockInput } from '../../../shared/address/compose-address';
import type { PostalAddress } from '../../../shared/registry/facilities.schemas';

const address = (country: string, parts: Partial<PostalAddress> & { city: string }): PostalAddress => ({
  country,
  street: null,
  extra: null,
  poBox: null,
  postcode: null,
  region: null,
  ...parts,
});

const cases: [string, AddressBlockInput, string[]][] = [
  [
    'FR with BP and Cedex, sent from France: number line after "NOM Prénom", town line in capitals, no country',
    {
      familyName: 'Dupont',
      givenNames: 'Hélène',
      prisonerNumber: '12345',
      facilityName: "Maison d'arrêt de Seysses",
      address: address('FR', { street: 'Route de Seysses', poBox: 'BP 85 Cedex', postcode: '31603', city: 'Muret' }),
      senderCountry: 'FR',
    },
    ['DUPONT Hélène', 'écrou n° 12345', "Maison d'arrêt de Seysses", 'Route de Seysses', 'BP 85', '31603 MURET CEDEX'],
  ],
  [
    'FR, a Greek family name: capitals without the tonos, as Greek writes them',
    {
      familyName: 'Παπαδόπουλος',
      givenNames: 'Νίκος',
      prisonerNumber: '61001',
      facilityName: 'Centre pénitentiaire de Fresnes',
      address: address('FR', { street: '1 allée des Thuyas', postcode: '94261', city: 'Fresnes' }),
      senderCountry: 'FR',
    },
    ['ΠΑΠΑΔΟΠΟΥΛΟΣ Νίκος', 'écrou n° 61001', 'Centre pénitentiaire de Fresnes', '1 allée des Thuyas', '94261 FRESNES'],
  ],
  [
    'FR with an extra line, CS box and numbered Cedex, sent from Belgium',
    {
      familyName: 'Dupont',
      givenNames: 'Françoise',
      prisonerNumber: '98765',
      facilityName: 'Centre pénitentiaire de Fresnes',
      address: address('FR', {
        extra: 'Quartier femmes',
        street: '1 allée des Thuyas',
        poBox: 'CS 70001 Cedex 9',
        postcode: '94261',
        city: 'Fresnes',
      }),
      senderCountry: 'BE',
    },
    [
      'DUPONT Françoise',
      'écrou n° 98765',
      'Centre pénitentiaire de Fresnes',
      'Quartier femmes',
      '1 allée des Thuyas',
      'CS 70001',
      '94261 FRESNES CEDEX 9',
      'FRANCE',
    ],
  ],
  [
    'BE: street then number, postcode before town',
    {
      familyName: 'Janssens',
      givenNames: 'Pieter',
      prisonerNumber: '4521',
      facilityName: 'Prison de Haren',
      address: address('BE', { street: 'Rue du Witloof 1', postcode: '1130', city: 'Bruxelles' }),
      senderCountry: 'FR',
    },
    ['Pieter Janssens', 'No. 4521', 'Prison de Haren', 'Rue du Witloof 1', '1130 Bruxelles', 'BELGIQUE'],
  ],
  [
    'CH with a case postale above the town',
    {
      familyName: 'Müller',
      givenNames: 'Jürgen',
      prisonerNumber: '88',
      facilityName: 'Prison de Champ-Dollon',
      address: address('CH', {
        street: 'Chemin de Champ-Dollon 22',
        poBox: 'Case postale 101',
        postcode: '1241',
        city: 'Puplinge',
      }),
      senderCountry: 'FR',
    },
    [
      'Jürgen Müller',
      'No. 88',
      'Prison de Champ-Dollon',
      'Chemin de Champ-Dollon 22',
      'Case postale 101',
      '1241 Puplinge',
      'SUISSE',
    ],
  ],
  [
    'DE: institution first, then name and Buchnummer line, Postfach above "PLZ Ort"',
    {
      familyName: 'Schneider',
      givenNames: 'Jürgen',
      prisonerNumber: '777/24',
      facilityName: 'Justizvollzugsanstalt Tegel',
      address: address('DE', {
        street: 'Seidelstraße 39',
        poBox: 'Postfach 51 01 20',
        postcode: '13507',
        city: 'Berlin',
      }),
      senderCountry: 'FR',
    },
    [
      'Justizvollzugsanstalt Tegel',
      'Jürgen Schneider',
      'Buchnummer 777/24',
      'Seidelstraße 39',
      'Postfach 51 01 20',
      '13507 Berlin',
      'ALLEMAGNE',
    ],
  ],
  [
    'ES: NIS line; without a sender country the country line is printed',
    {
      familyName: 'García',
      givenNames: 'Lucía',
      prisonerNumber: '2020001234',
      facilityName: 'Centro Penitenciario Madrid V',
      address: address('ES', {
        street: 'Carretera M-609, km 3,5',
        postcode: '28791',
        city: 'Soto del Real',
        region: 'Madrid',
      }),
    },
    [
      'Lucía García',
      'NIS 2020001234',
      'Centro Penitenciario Madrid V',
      'Carretera M-609, km 3,5',
      '28791 Soto del Real',
      'ESPAGNE',
    ],
  ],
  [
    'IT: matricola line, province code after the town',
    {
      familyName: 'Rossi',
      givenNames: 'Marco',
      prisonerNumber: '5678',
      facilityName: 'Casa Circondariale San Vittore',
      address: address('IT', { street: 'Piazza Filangieri 2', postcode: '20123', city: 'Milano', region: 'MI' }),
      senderCountry: 'FR',
    },
    [
      'Marco Rossi',
      'matricola 5678',
      'Casa Circondariale San Vittore',
      'Piazza Filangieri 2',
      '20123 Milano MI',
      'ITALIE',
    ],
  ],
  [
    'GR: Greek script kept, postcode grouped "181 10"',
    {
      familyName: 'Παπαδόπουλος',
      givenNames: 'Σωκράτης',
      prisonerNumber: '321',
      facilityName: 'Κατάστημα Κράτησης Κορυδαλλού',
      address: address('GR', { street: 'Πλάτωνος 1', postcode: '18110', city: 'Κορυδαλλός' }),
      senderCountry: 'FR',
    },
    ['Σωκράτης Παπαδόπουλος', 'No. 321', 'Κατάστημα Κράτησης Κορυδαλλού', 'Πλάτωνος 1', '181 10 Κορυδαλλός', 'GRÈCE'],
  ],
  [
    'TR: the name exactly as on the ID, dotless ı kept',
    {
      familyName: 'Yıldız',
      givenNames: 'Gülşen',
      prisonerNumber: '9876',
      facilityName: 'Silivri Kapalı Ceza İnfaz Kurumu',
      address: address('TR', { street: 'Cezaevleri Yolu', postcode: '34570', city: 'Silivri', region: 'İstanbul' }),
      senderCountry: 'FR',
    },
    ['Gülşen Yıldız', 'No. 9876', 'Silivri Kapalı Ceza İnfaz Kurumu', 'Cezaevleri Yolu', '34570 Silivri', 'TURQUIE'],
  ],
  [
    'US federal: register number on the name line, "City, ST ZIP"',
    {
      familyName: 'Smith',
      givenNames: 'John',
      prisonerNumber: '12345-678',
      facilityName: 'USP Florence ADMAX',
      address: address('US', { poBox: 'PO Box 8500', postcode: '81226', city: 'Florence', region: 'CO' }),
      senderCountry: 'FR',
    },
    ['John Smith #12345-678', 'USP Florence ADMAX', 'PO Box 8500', 'Florence, CO 81226', 'ÉTATS-UNIS'],
  ],
  [
    'GB sent from GB: postcode on its own line, no country line',
    {
      familyName: 'Jones',
      givenNames: 'Alice',
      prisonerNumber: 'A1234BC',
      facilityName: 'HMP Wormwood Scrubs',
      address: address('GB', { street: 'Du Cane Road', postcode: 'W12 0AE', city: 'London' }),
      senderCountry: 'gb',
    },
    ['Alice Jones', 'No. A1234BC', 'HMP Wormwood Scrubs', 'Du Cane Road', 'London', 'W12 0AE'],
  ],
  [
    'no given names and no number: only what is known is printed',
    {
      familyName: 'Dupont',
      givenNames: null,
      prisonerNumber: null,
      facilityName: 'Maison d’arrêt de Lyon-Corbas',
      address: address('FR', { street: '16 rue Marius Grosso', postcode: '69960', city: 'Corbas' }),
      senderCountry: 'FR',
    },
    ['DUPONT', 'Maison d’arrêt de Lyon-Corbas', '16 rue Marius Grosso', '69960 CORBAS'],
  ],
];

describe('composeAddressBlock', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(composeAddressBlock(input)).toEqual(expected);
  });
});
