import type { z } from 'zod';
import { facilityInput } from '../../../shared/registry/facilities.schemas';
import {
  importLimits,
  type ImportField,
  type ImportMapping,
  type ImportProblem,
  type ImportRowProblem,
} from '../../../shared/import-export/import-export.schemas';
import { prisonerInput } from '../../../shared/registry/prisoners.schemas';
import { optionalLine, requiredLine } from '../../../shared/common.schemas';
import type { CsvRow } from './csv-parse';
import { countryFromText } from './import-country';
import { quoteCell } from './import-problems';
import type { VaultLookup } from './import-lookup';
import { nameKey } from '../../../shared/same-name';
import {
  cellText,
  dateFromText,
  matchKey,
  languageCodesFromText,
  statusFromText,
  tagNamesFromText,
} from './import-words';

type PrisonerData = z.output<typeof prisonerInput>;
export type FacilityData = z.output<typeof facilityInput>;

export type FacilityChoice = { kind: 'existing'; id: number } | { kind: 'new'; key: string };

/** A row that can be imported: the prisoner, where they are now, and their tags (by folded name). */
export interface ReadyRow {
  line: number;
  prisoner: PrisonerData;
  prisonerNumber: string | null;
  stayFrom: string | null;
  facility: FacilityChoice | null;
  tagKeys: string[];
  /** The person already in the vault this row updates (duplicate choice `update`), or null for a new one. */
  updateId: number | null;
  /** The prisoner's fields the file fills: an update writes these and keeps the vault's others. */
  filled: (keyof PrisonerData)[];
}

/** A row the import leaves out because of its problems, by its index among the rows checked. */
export interface SetAsideRow {
  index: number;
  problems: { field: ImportField | null; problem: ImportRowProblem }[];
}

/** What rows name that the vault lacks, whether or not the row turns out importable. */
export interface Drafts {
  facilities: Map<string, FacilityData>;
  tags: Map<string, string>;
}

/** The duplicate rule: same folded family and given names, same prisoner number (none counts as ''). */
export function duplicateKey(familyName: string, givenNames: string | null, prisonerNumber: string | null): string {
  return [familyName, givenNames ?? '', prisonerNumber ?? ''].map(matchKey).join('\u0000');
}

export function facilityKey(name: string, city: string, country: string): string {
  return [nameKey(name), matchKey(city), country].join('\u0000');
}

const FACILITY_FIELDS = [
  'facilityName',
  'facilityStreet',
  'facilityPostcode',
  'facilityCity',
  'facilityCountry',
] as const;
const PRISONER_FIELDS = [
  'familyName',
  'givenNames',
  'knownAs',
  'pronouns',
  'dateOfBirth',
  'status',
  'languages',
  'notes',
] as const satisfies readonly (ImportField & keyof PrisonerData)[];
// Built once: a zod schema costs far more to build than to run, and a file has thousands of rows.
const numberSchema = optionalLine(60);
const tagNameSchema = requiredLine(80);

export interface Verdict {
  problems: ImportProblem[];
  /** The row as it would be written, when none of its own cells has a problem. */
  ready: ReadyRow | null;
  familyName: string;
  duplicateKey: string;
}

/**
 * The checks of one row on its own (duplicates aside). A row collects every problem it has, so the user fixes the
 * file in one pass.
 */
export function evaluateRow(row: CsvRow, mapping: ImportMapping, vault: VaultLookup, drafts: Drafts): Verdict {
  const problems: ImportProblem[] = [];
  const cell = (field: ImportField) => {
    const column = mapping[field];
    return column === undefined ? '' : cellText(row.cells[column]);
  };
  const problem = (field: ImportField | null, kind: ImportRowProblem, value: string | null = null) => {
    problems.push({
      line: row.line,
      field,
      problem: kind,
      value: value === null || value === '' ? null : quoteCell(value),
    });
  };

  const dateOf = (field: 'dateOfBirth' | 'stayFrom') => {
    const text = cell(field);
    if (text === '') return null;
    const date = dateFromText(text);
    if (date === null) problem(field, 'invalid_date', text);
    return date;
  };
  const status = statusFromText(cell('status'));
  if (status === null) problem('status', 'invalid_status', cell('status'));
  const candidate = {
    familyName: cell('familyName'),
    givenNames: cell('givenNames'),
    knownAs: cell('knownAs'),
    pronouns: cell('pronouns'),
    dateOfBirth: dateOf('dateOfBirth'),
    languages: languageCodesFromText(cell('languages')),
    notes: cell('notes'),
    ...(status ? { status } : {}),
  };
  const parsed = prisonerInput.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as ImportField;
      if (field === 'familyName' && candidate.familyName === '') problem(field, 'required');
      else if (field === 'languages') problem(field, 'invalid_language', cell('languages'));
      else problem(field, 'too_long', cell(field));
    }
  }

  const number = cell('prisonerNumber');
  if (!numberSchema.safeParse(number).success) problem('prisonerNumber', 'too_long', number);
  const stayFrom = dateOf('stayFrom');
  const facility = chooseFacility(cell, problem, vault, drafts);
  const namesFacility = FACILITY_FIELDS.some((field) => cell(field) !== '');
  // A number or a date belongs to a stay, and a stay needs its facility.
  if (!namesFacility && (number !== '' || stayFrom !== null)) problem('facilityName', 'facility_incomplete');
  // ...and a start: Parloir never invents one (the day of the import would be a false custody date).
  if (namesFacility && cell('stayFrom') === '') problem('stayFrom', 'stay_without_date');

  const tagKeys: string[] = [];
  for (const name of tagNamesFromText(cell('tags'))) {
    if (!tagNameSchema.safeParse(name).success) {
      problem('tags', 'too_long', name);
      continue;
    }
    const key = nameKey(name);
    if (!vault.tagIds.has(key) && !drafts.tags.has(key)) {
      // Every new tag is kept until the import: a cell listing thousands would fill the memory, not the vault.
      if (drafts.tags.size >= importLimits.newTags) {
        problem('tags', 'too_many_tags', name);
        continue;
      }
      drafts.tags.set(key, name);
    }
    tagKeys.push(key);
  }

  const ready =
    problems.length === 0 && parsed.success
      ? {
          line: row.line,
          prisoner: parsed.data,
          prisonerNumber: number || null,
          stayFrom,
          facility,
          tagKeys,
          updateId: null,
          filled: PRISONER_FIELDS.filter((field) => cell(field) !== ''),
        }
      : null;
  return {
    problems,
    ready,
    familyName: candidate.familyName,
    duplicateKey: duplicateKey(candidate.familyName, candidate.givenNames, number),
  };
}

/**
 * The facility a row names: one already in the vault (same name, city and country, accents and case aside; the name
 * alone is enough when it is unique and the row has no city or country), or a new one, which needs a city and a
 * country to have an address.
 */
function chooseFacility(
  cell: (field: ImportField) => string,
  problem: (field: ImportField, kind: ImportRowProblem, value?: string | null) => void,
  vault: VaultLookup,
  drafts: Drafts,
): FacilityChoice | null {
  const [name, street, postcode, city, countryText] = FACILITY_FIELDS.map(cell) as [
    string,
    string,
    string,
    string,
    string,
  ];
  if (!name && !street && !postcode && !city && !countryText) return null;
  if (!name) {
    problem('facilityName', 'facility_incomplete');
    return null;
  }
  const country = countryText ? countryFromText(countryText) : null;
  if (countryText && !country) {
    problem('facilityCountry', 'invalid_country', countryText);
    return null;
  }
  const matches = (vault.facilitiesByName.get(nameKey(name)) ?? []).filter(
    (f) => (!city || f.city === matchKey(city)) && (!country || f.country === country),
  );
  const [match] = matches;
  if (match && (matches.length === 1 || (city && country))) return { kind: 'existing', id: match.id };
  if (!city || !country) {
    problem(city ? 'facilityCountry' : 'facilityCity', 'facility_incomplete', name);
    return null;
  }
  const key = facilityKey(name, city, country);
  if (drafts.facilities.has(key)) return { kind: 'new', key };
  const parsed = facilityInput.safeParse({ name, kind: 'other', address: { country, street, postcode, city } });
  if (!parsed.success) {
    const fields: Record<string, ImportField> = {
      name: 'facilityName',
      street: 'facilityStreet',
      postcode: 'facilityPostcode',
      city: 'facilityCity',
    };
    for (const issue of parsed.error.issues) {
      const field = fields[String(issue.path.at(-1))] ?? 'facilityName';
      problem(field, 'too_long', cell(field));
    }
    return null;
  }
  drafts.facilities.set(key, parsed.data);
  return { kind: 'new', key };
}
