import type { CsvSampleSpec } from './csv-statement-builder';

/*
 * One sample export per built-in profile, written by the project from each bank's column layout: a support group's
 * month of donations, postage and a payment to a prison's account. Names, IBANs and references are invented; IBANs
 * and references carry valid check digits (ISO 13616, Belgian mod 97, Swiss QR recursive mod 10).
 */

export const GROUP_IBAN_BE = 'BE68539007547034';
export const DONOR_IBAN_BE = 'BE71096123456769';
export const REGIE_IBAN_FR = 'FR1420041010050500013M02606';
/** +++090/9337/55493+++ */
export const BELGIAN_REFERENCE = '090933755493';
export const QR_REFERENCE = '210000000003139471430009017';

export const KBC_HEADER = [
  'Rekeningnummer',
  'Rubrieknaam',
  'Naam',
  'Munt',
  'Afschriftnummer',
  'Datum',
  'Omschrijving',
  'Valuta',
  'Bedrag',
  'Saldo',
  'credit',
  'debet',
  'rekeningnummer tegenpartij',
  'BIC tegenpartij',
  'Naam tegenpartij',
  'Adres tegenpartij',
  'gestructureerde mededeling',
  'Vrije mededeling',
];

const kbcRow = (cells: Partial<Record<(typeof KBC_HEADER)[number], string>>): string[] =>
  KBC_HEADER.map((name) => cells[name] ?? '');

const GROUP = { Rekeningnummer: GROUP_IBAN_BE, Rubrieknaam: 'Zichtrekening', Naam: 'Comité Parloir vzw', Munt: 'EUR' };

export const KBC_SAMPLE: CsvSampleSpec = {
  encoding: 'windows-1252',
  header: KBC_HEADER,
  rows: [
    kbcRow({
      ...GROUP,
      Afschriftnummer: '2026012',
      Datum: '02/03/2026',
      Omschrijving: 'OVERSCHRIJVING VAN ÉLODIE DUPRÉ',
      Valuta: '02/03/2026',
      Bedrag: '25,00',
      Saldo: '1.259,56',
      'rekeningnummer tegenpartij': 'BE71 0961 2345 6769',
      'BIC tegenpartij': 'GKCCBEBB',
      'Naam tegenpartij': 'Élodie Dupré',
      'Adres tegenpartij': 'Rue des Tilleuls 4 1000 Bruxelles',
      'gestructureerde mededeling': BELGIAN_REFERENCE,
    }),
    kbcRow({
      ...GROUP,
      Afschriftnummer: '2026012',
      Datum: '04/03/2026',
      Omschrijving: 'EUROPESE OVERSCHRIJVING NAAR REGIE',
      Valuta: '03/03/2026',
      Bedrag: '-1.200,00',
      Saldo: '59,56',
      'rekeningnummer tegenpartij': REGIE_IBAN_FR,
      'Naam tegenpartij': 'REGIE COMPTES NOMINATIFS',
      'Vrije mededeling': '123456 MARTIN PAUL',
    }),
  ],
};

export const POSTFINANCE_HEADER = [
  'Datum',
  'Bewegungstyp',
  'Avisierungstext',
  'Gutschrift in CHF',
  'Lastschrift in CHF',
  'Label',
  'Kategorie',
];

export const POSTFINANCE_SAMPLE: CsvSampleSpec = {
  encoding: 'utf-8',
  bom: true,
  preamble: [
    'Datum von:;="01.03.2026"',
    'Datum bis:;="31.03.2026"',
    'Kategorie:;="Alle"',
    'Konto:;="CH2809000000123456780"',
    'Währung:;="CHF"',
    '',
  ],
  header: POSTFINANCE_HEADER,
  rows: [
    [
      '31.03.2026',
      'Buchung',
      `GUTSCHRIFT QR-RECHNUNG ABSENDER: JÜRG MÜLLER REFERENZ: 21 00000 00003 13947 14300 09017`,
      "1'250.00",
      '',
      '',
      'Spenden',
    ],
    ['05.03.2026', 'Buchung', 'KAUF DIENSTLEISTUNG BRIEFMARKEN POST CH AG', '', '-12.50', '', 'Porto'],
  ],
  footer: ['', 'Hinweis: Auszug aus E-Finance, erstellt für das Beispiel.'],
};

export const CREDIT_MUTUEL_HEADER = ['Date', 'Date de valeur', 'Débit', 'Crédit', 'Libellé', 'Solde'];

/** Windows-1252 with a decimal comma: the file the E2E scenario imports. */
export const CREDIT_MUTUEL_SAMPLE: CsvSampleSpec = {
  encoding: 'windows-1252',
  header: CREDIT_MUTUEL_HEADER,
  rows: [
    ['02/03/2026', '02/03/2026', '', '1 234,56', 'VIR SEPA HÉLÈNE MÜLLER DON MARS', '2 734,56'],
    ['05/03/2026', '05/03/2026', '-45,80', '', 'PRLV SEPA LA POSTE AFFRANCHISSEMENT', '2 688,76'],
    ['09/03/2026', '06/03/2026', '-120,00', '', 'VIR REGIE 123456 MARTIN PAUL', '2 568,76'],
    ['12/03/2026', '12/03/2026', '', '1\u00A0000,00', 'VIR COLLECTE CONCERT SOLIDARITÉ 1000 €', '3 568,76'],
  ],
};
