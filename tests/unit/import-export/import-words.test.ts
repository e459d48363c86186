import { describe, expect, it } from 'vitest';
import { hostEn } from '../../../shared/i18n/host.en';
import { hostFr } from '../../../shared/i18n/host.fr';
import { prisonerStatuses } from '../../../shared/registry/prisoners.schemas';
import { columnLooks } from '../../../electron/services/import-export/column-looks';
import { countryFromText } from '../../../electron/services/import-export/import-country';
import { suggestMapping } from '../../../electron/services/import-export/import-mapping';
import {
  cellText,
  dateFromText,
  statusFromText,
  tagNamesFromText,
} from '../../../electron/services/import-export/import-words';

describe('suggestMapping', () => {
  it('recognises French headers whatever their accents, case and apostrophes', () => {
    expect(
      suggestMapping([
        'NOM DE FAMILLE',
        'prénom',
        'N° d’écrou',
        'Établissement',
        'Code postal',
        'Adresse',
        'Ville',
        'Pays',
        'Statut',
        'Né le',
        'Étiquettes',
      ]),
    ).toEqual({
      familyName: 0,
      givenNames: 1,
      prisonerNumber: 2,
      facilityName: 3,
      facilityPostcode: 4,
      facilityStreet: 5,
      facilityCity: 6,
      facilityCountry: 7,
      status: 8,
      dateOfBirth: 9,
      tags: 10,
    });
  });

  it('prefers an exact header to a longer one, and reads a header by its leading words', () => {
    expect(suggestMapping(['Nom d’usage', 'Nom', 'Date de naissance (JJ/MM/AAAA)', 'Prison actuelle'])).toEqual({
      knownAs: 0,
      familyName: 1,
      dateOfBirth: 2,
      facilityName: 3,
    });
  });

  it('gives each field one column and leaves unknown headers unmapped', () => {
    expect(suggestMapping(['Nom', 'Nom', 'Téléphone', 'N° de téléphone'])).toEqual({ familyName: 0 });
  });

  it('maps back every column the prisoner export writes, in both languages', () => {
    for (const columns of [hostFr.csv.columns, hostEn.csv.columns]) {
      const headers = [
        columns.familyName,
        columns.givenNames,
        columns.knownAs,
        columns.prisonerNumber,
        columns.facilityName,
        columns.facilityCity,
        columns.facilityCountry,
        columns.stayFrom,
        columns.status,
        columns.tags,
      ];
      expect(suggestMapping(headers)).toEqual({
        familyName: 0,
        givenNames: 1,
        knownAs: 2,
        prisonerNumber: 3,
        facilityName: 4,
        facilityCity: 5,
        facilityCountry: 6,
        stayFrom: 7,
        status: 8,
        tags: 9,
      });
    }
  });
});

describe('cell readers', () => {
  it('reads dates as YYYY-MM-DD or day first, and only real dates', () => {
    expect(dateFromText('1990-03-05')).toBe('1990-03-05');
    expect(dateFromText('05/03/1990')).toBe('1990-03-05');
    expect(dateFromText('5/3/1990')).toBe('1990-03-05');
    expect(dateFromText('05.03.1990')).toBe('1990-03-05');
    expect(dateFromText(' 29/02/2024 ')).toBe('2024-02-29');
    for (const bad of ['31/02/1990', '1990-13-01', '03/05/90', 'mars 1990', '1990/03/05', ''])
      expect(dateFromText(bad), bad).toBeNull();
  });

  it('reads status words in French and English, and what the export writes', () => {
    expect(statusFromText('Prévenue')).toBe('pretrial');
    expect(statusFromText('détention provisoire')).toBe('pretrial');
    expect(statusFromText('Condamné·e')).toBe('sentenced');
    expect(statusFromText('RELEASED')).toBe('released');
    expect(statusFromText('décédé')).toBe('deceased');
    expect(statusFromText('')).toBeUndefined();
    expect(statusFromText('en cavale')).toBeNull();
    for (const status of prisonerStatuses) {
      expect(statusFromText(hostFr.csv.status[status])).toBe(status);
      expect(statusFromText(hostEn.csv.status[status])).toBe(status);
    }
  });

  it('reads countries as codes or names in several languages', () => {
    expect(countryFromText('fr')).toBe('FR');
    expect(countryFromText('Belgique')).toBe('BE');
    expect(countryFromText('Deutschland')).toBe('DE');
    expect(countryFromText('Türkiye')).toBe('TR');
    expect(countryFromText('Turquie')).toBe('TR');
    expect(countryFromText('turkey')).toBe('TR');
    expect(countryFromText('Royaume-Uni')).toBe('GB');
    expect(countryFromText('UK')).toBe('GB');
    expect(countryFromText('Pologne')).toBe('PL');
    for (const bad of ['XX', 'EU', 'ZZ', 'Narnia', '']) expect(countryFromText(bad), bad).toBeNull();
  });

  it('splits tags on "," and "|", dropping blanks and repeats', () => {
    expect(tagNamesFromText('Procès de Lyon, Antirep | 2024 ,, procès  de lyon')).toEqual([
      'Procès de Lyon',
      'Antirep',
      '2024',
    ]);
    expect(tagNamesFromText('  ')).toEqual([]);
  });

  it('removes the apostrophe the export puts before would-be formulas, and nothing else', () => {
    expect(cellText("'=HYPERLINK(1)")).toBe('=HYPERLINK(1)');
    expect(cellText("'-Dupont")).toBe('-Dupont');
    expect(cellText("'t Hooft")).toBe("'t Hooft");
    expect(cellText('  Dupont\r')).toBe('Dupont');
    expect(cellText(undefined)).toBe('');
  });
});

describe('headers in Spanish and German, and custody dates', () => {
  it('maps the common names of each field', () => {
    expect(
      suggestMapping([
        'Apellidos',
        'Nombre',
        'Número de interno',
        'Centro penitenciario',
        'Código postal',
        'Dirección',
        'Localidad',
        'País',
        'Fecha de nacimiento',
        'En prisión desde',
      ]),
    ).toEqual({
      familyName: 0,
      givenNames: 1,
      prisonerNumber: 2,
      facilityName: 3,
      facilityPostcode: 4,
      facilityStreet: 5,
      facilityCity: 6,
      facilityCountry: 7,
      dateOfBirth: 8,
      stayFrom: 9,
    });
    expect(
      suggestMapping([
        'Nachname',
        'Vorname',
        'Buchnummer',
        'JVA',
        'Straße',
        'PLZ',
        'Ort',
        'Land',
        'Geburtsdatum',
        'In Haft seit',
        'Bemerkungen',
      ]),
    ).toEqual({
      familyName: 0,
      givenNames: 1,
      prisonerNumber: 2,
      facilityName: 3,
      facilityStreet: 4,
      facilityPostcode: 5,
      facilityCity: 6,
      facilityCountry: 7,
      dateOfBirth: 8,
      stayFrom: 9,
      notes: 10,
    });
  });

  it.each([
    'Incarcéré depuis',
    'Incarcérée depuis',
    'Incarcéré·e depuis',
    'Détenu depuis le',
    'Date d’écrou',
    'In custody since',
    'Held since',
    'Fecha de ingreso',
    'Haftbeginn',
  ])('"%s" is the stay’s start', (header) => {
    expect(suggestMapping(['Nom', header])).toEqual({ familyName: 0, stayFrom: 1 });
  });
});

describe('columnLooks', () => {
  const rows = (cells: string[][]) => cells.map((row, index) => ({ line: index + 2, cells: row }));

  it('calls a column by what most of its cells look like, and blank or mixed columns nothing', () => {
    expect(
      columnLooks(
        rows([
          ['02/05/2024', 'TR-1001', 'Maison d’arrêt de Fresnes', 'Martin', '', '06 12'],
          ['2024-05-03', '777/24', 'JVA Moabit', 'Petit', '', 'note'],
          ['3.5.2024', '12345', 'HMP Belmarsh', 'Durand', '', ''],
          ['', 'A 778', 'Silivri Cezaevi', 'Roux', '', 'autre'],
        ]),
        6,
      ),
    ).toEqual(['date', 'number', 'prison', null, null, null]);
  });
});
