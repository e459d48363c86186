import type { AddressBlockInput } from '../../../shared/address/compose-address';
import type { PostalAddress } from '../../../shared/registry/facilities.schemas';

export const address = (country: string, parts: Partial<PostalAddress> & { city: string }): PostalAddress => ({
  country,
  street: null,
  extra: null,
  poBox: null,
  postcode: null,
  region: null,
  ...parts,
});

export interface CountryCase {
  country: string;
  /** Where the format comes from: the postal operator's guide, the UPU's country page or the prisons' own pages. */
  source: string;
  input: AddressBlockInput;
  expected: string[];
}

/**
 * One block per country, as a French group (language French, country France) prints it. Shared by the unit test and
 * the page of ten countries made for review (tests/support/render-address-countries.ts).
 */
export const tenCountries: CountryCase[] = [
  {
    country: 'FR',
    source: 'La Poste, norme NF Z10-011 (town line in capitals, Cedex after the town); French prisons: "écrou n°"',
    input: {
      familyName: 'Dupont',
      givenNames: 'Hélène',
      prisonerNumber: '12345',
      facilityName: "Maison d'arrêt de Seysses",
      address: address('FR', { street: 'Route de Seysses', poBox: 'BP 85 Cedex', postcode: '31603', city: 'Muret' }),
      senderCountry: 'FR',
      language: 'fr',
    },
    expected: [
      'DUPONT Hélène',
      'écrou n° 12345',
      "Maison d'arrêt de Seysses",
      'Route de Seysses',
      'BP 85',
      '31603 MURET CEDEX',
    ],
  },
  {
    country: 'BE',
    source: 'bpost / UPU "Belgium": street then number, postcode before the town; no Belgian term: the group\'s "n°"',
    input: {
      familyName: 'Janssens',
      givenNames: 'Pieter',
      prisonerNumber: '4521',
      facilityName: 'Prison de Haren',
      address: address('BE', { street: 'Rue du Witloof 1', postcode: '1130', city: 'Bruxelles' }),
      senderCountry: 'FR',
      language: 'fr',
    },
    expected: ['Pieter Janssens', 'n° 4521', 'Prison de Haren', 'Rue du Witloof 1', '1130 Bruxelles', 'BELGIQUE'],
  },
  {
    country: 'CH',
    source: 'La Poste suisse / UPU "Switzerland": case postale above "NPA localité"',
    input: {
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
      language: 'fr',
    },
    expected: [
      'Jürgen Müller',
      'n° 88',
      'Prison de Champ-Dollon',
      'Chemin de Champ-Dollon 22',
      'Case postale 101',
      '1241 Puplinge',
      'SUISSE',
    ],
  },
  {
    country: 'DE',
    source:
      'JVA Bremervörde and JVA Schwäbisch Hall pages: name, Buchnummer, JVA, street or Postfach, PLZ Ort; DIN 5008: a Postfach replaces the street, with its own PLZ',
    input: {
      familyName: 'Schneider',
      givenNames: 'Jürgen',
      prisonerNumber: '777/24',
      facilityName: 'Justizvollzugsanstalt Tegel',
      address: address('DE', {
        street: 'Seidelstraße 39',
        poBox: 'Postfach 51 01 20',
        poBoxPostcode: '13469',
        postcode: '13507',
        city: 'Berlin',
      }),
      senderCountry: 'FR',
      language: 'fr',
    },
    expected: [
      'Jürgen Schneider',
      'Buchnummer 777/24',
      'Justizvollzugsanstalt Tegel',
      'Postfach 51 01 20',
      '13469 Berlin',
      'ALLEMAGNE',
    ],
  },
  {
    country: 'ES',
    source:
      'Correos, "How do I write the address": post code - town, then the province (in brackets on the town line from abroad); módulo after the name',
    input: {
      familyName: 'García',
      givenNames: 'Lucía',
      prisonerNumber: '2020001234',
      module: '5',
      facilityName: 'Centro Penitenciario Madrid V',
      address: address('ES', {
        street: 'Carretera M-609, km 3,5',
        postcode: '28791',
        city: 'Soto del Real',
        region: 'Madrid',
      }),
      senderCountry: 'FR',
      language: 'fr',
    },
    expected: [
      'Lucía García',
      'NIS 2020001234',
      'Módulo 5',
      'Centro Penitenciario Madrid V',
      'Carretera M-609, km 3,5',
      '28791 Soto del Real (Madrid)',
      'ESPAGNE',
    ],
  },
  {
    country: 'IT',
    source: 'Poste Italiane / UPU "Italy": CAP, town, province code; Italian prisons: "matricola"',
    input: {
      familyName: 'Rossi',
      givenNames: 'Marco',
      prisonerNumber: '5678',
      facilityName: 'Casa Circondariale San Vittore',
      address: address('IT', { street: 'Piazza Filangieri 2', postcode: '20123', city: 'Milano', region: 'MI' }),
      senderCountry: 'FR',
      language: 'fr',
    },
    expected: [
      'Marco Rossi',
      'matricola 5678',
      'Casa Circondariale San Vittore',
      'Piazza Filangieri 2',
      '20123 Milano MI',
      'ITALIE',
    ],
  },
  {
    country: 'GR',
    source: 'ELTA / UPU "Greece": postcode "181 10" before the town; the country line in Latin script (UPU)',
    input: {
      familyName: 'Παπαδόπουλος',
      givenNames: 'Σωκράτης',
      prisonerNumber: '321',
      facilityName: 'Κατάστημα Κράτησης Κορυδαλλού',
      address: address('GR', { street: 'Πλάτωνος 1', postcode: '18110', city: 'Κορυδαλλός' }),
      senderCountry: 'FR',
      language: 'fr',
    },
    expected: [
      'Σωκράτης Παπαδόπουλος',
      'n° 321',
      'Κατάστημα Κράτησης Κορυδαλλού',
      'Πλάτωνος 1',
      '181 10 Κορυδαλλός',
      'GRÈCE',
    ],
  },
  {
    country: 'TR',
    source: 'UPU "Turkey" (PTT): postcode + district/PROVINCE, e.g. "06101 ALTINDAĞ/ANKARA"',
    input: {
      familyName: 'Yıldız',
      givenNames: 'Gülşen',
      prisonerNumber: '9876',
      facilityName: 'Silivri Kapalı Ceza İnfaz Kurumu',
      address: address('TR', { street: 'Cezaevleri Yolu', postcode: '34570', city: 'Silivri', region: 'istanbul' }),
      senderCountry: 'FR',
      language: 'fr',
    },
    expected: [
      'Gülşen Yıldız',
      'n° 9876',
      'Silivri Kapalı Ceza İnfaz Kurumu',
      'Cezaevleri Yolu',
      '34570 Silivri/İSTANBUL',
      'TURQUIE',
    ],
  },
  {
    country: 'US',
    source:
      'Federal Bureau of Prisons, "Sending mail": name and register number on line 1; USPS Pub. 28: "CITY, ST ZIP"',
    input: {
      familyName: 'Smith',
      givenNames: 'John',
      prisonerNumber: '12345-678',
      facilityName: 'USP Florence ADMAX',
      address: address('US', { poBox: 'PO Box 8500', postcode: '81226', city: 'Florence', region: 'CO' }),
      senderCountry: 'FR',
      language: 'fr',
    },
    expected: ['John Smith #12345-678', 'USP Florence ADMAX', 'PO Box 8500', 'Florence, CO 81226', 'ÉTATS-UNIS'],
  },
  {
    country: 'GB',
    source: 'Post Office, "Clear addressing": post town in capitals, postcode on its own last line',
    input: {
      familyName: 'Jones',
      givenNames: 'Alice',
      prisonerNumber: 'A1234BC',
      facilityName: 'HMP Wormwood Scrubs',
      address: address('GB', { street: 'Du Cane Road', postcode: 'W12 0AE', city: 'London' }),
      senderCountry: 'FR',
      language: 'fr',
    },
    expected: ['Alice Jones', 'n° A1234BC', 'HMP Wormwood Scrubs', 'Du Cane Road', 'LONDON', 'W12 0AE', 'ROYAUME-UNI'],
  },
];
