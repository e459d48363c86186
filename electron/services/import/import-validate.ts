import type { z } from 'zod';
import { facilityInput } from '../../../shared/schemas/facilities.schemas';
import { importFields, type ImportField, type ImportMapping, type ImportProblem, type ImportRowProblem } from '../../../shared/schemas/import-export.schemas';
import { prisonerInput } from '../../../shared/schemas/prisoners.schemas';
import { optionalLine, requiredLine } from '../../../shared/schemas/common.schemas';
import type { CsvRow } from './csv-parse';
import { countryFromText } from './import-country';
import type { VaultLookup } from './import-lookup';
import { cellText, dateFromText, matchKey, languageCodesFromText, statusFromText, tagNamesFromText } from './import-words';

type PrisonerData = z.output<typeof prisonerInput>;
type FacilityData = z.output<typeof facilityInput>;

export type FacilityChoice = { kind: 'existing'; id: number } | { kind: 'new'; key: string };

/** A row that can be imported: the prisoner, where they are now, and their tags (by folded name). */
export interface ReadyRow {
  line: number;
  prisoner: PrisonerData;
  prisonerNumber: string | null;
  stayFrom: string | null;
  facility: FacilityChoice | null;
  tagKeys: string[];
}

export interface ImportPlan {
  rows: number;
  /** Rows without any problem. */
  ready: ReadyRow[];
  /** Rows whose only problem is that the vault already has them: skipped when the user asks to. */
  inVault: ReadyRow[];
  problems: ImportProblem[];
  /** Facilities and tags the ready rows need and the vault lacks, by folded key. */
  newFacilities: Map<string, FacilityData>;
  newTags: Map<string, string>;
}

/** What rows name that the vault lacks, whether or not the row turns out importable. */
interface Drafts {
  facilities: Map<string, FacilityData>;
  tags: Map<string, string>;
}

/** The duplicate rule: same folded family and given names, same prisoner number (none counts as ''). */
export function duplicateKey(familyName: string, givenNames: string | null, prisonerNumber: string | null): string {
  return [familyName, givenNames ?? '', prisonerNumber ?? ''].map(matchKey).join('\u0000');
}

export function facilityKey(name: string, city: string, country: string): string {
  return [matchKey(name), matchKey(city), country].join('\u0000');
}

const FIELD_ORDER = new Map<ImportField | null, number>([null, ...importFields].map((field, index) => [field, index]));
const FACILITY_FIELDS = ['facilityName', 'facilityStreet', 'facilityPostcode', 'facilityCity', 'facilityCountry'] as const;
// Built once: a zod schema costs far more to build than to run, and a file has thousands of rows.
const numberSchema = optionalLine(60);
const tagNameSchema = requiredLine(80);

/** The checks of one row. A row collects every problem it has, so the user fixes the file in one pass. */
function checkRow(row: CsvRow, mapping: ImportMapping, vault: VaultLookup, plan: ImportPlan, drafts: Drafts, seen: Map<string, number>): void {
  const problems: ImportProblem[] = [];
  const cell = (field: ImportField) => {
    const column = mapping[field];
    return column === undefined ? '' : cellText(row.cells[column]);
  };
  const problem = (field: ImportField | null, kind: ImportRowProblem, value: string | null = null) => {
    problems.push({ line: row.line, field, problem: kind, value: value === '' ? null : value });
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

  const tagKeys: string[] = [];
  for (const name of tagNamesFromText(cell('tags'))) {
    if (!tagNameSchema.safeParse(name).success) {
      problem('tags', 'too_long', name);
      continue;
    }
    const key = matchKey(name);
    tagKeys.push(key);
    if (!vault.tagIds.has(key) && !drafts.tags.has(key)) drafts.tags.set(key, name);
  }

  const key = duplicateKey(candidate.familyName, candidate.givenNames, number);
  const firstLine = seen.get(key);
  if (candidate.familyName !== '' && firstLine !== undefined) problem('familyName', 'duplicate_in_file', candidate.familyName);
  else seen.set(key, row.line);
  const inVault = candidate.familyName !== '' && vault.prisonerKeys.has(key);

  if (problems.length === 0 && parsed.success) {
    const ready = { line: row.line, prisoner: parsed.data, prisonerNumber: number || null, stayFrom, facility, tagKeys };
    (inVault ? plan.inVault : plan.ready).push(ready);
  }
  if (inVault) problem('familyName', 'duplicate_in_vault', candidate.familyName);
  plan.problems.push(...problems.sort((a, b) => (FIELD_ORDER.get(a.field) ?? 99) - (FIELD_ORDER.get(b.field) ?? 99)));
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
  const [name, street, postcode, city, countryText] = FACILITY_FIELDS.map(cell) as [string, string, string, string, string];
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
  const matches = (vault.facilitiesByName.get(matchKey(name)) ?? []).filter(
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
    const fields: Record<string, ImportField> = { name: 'facilityName', street: 'facilityStreet', postcode: 'facilityPostcode', city: 'facilityCity' };
    for (const issue of parsed.error.issues) {
      const field = fields[String(issue.path.at(-1))] ?? 'facilityName';
      problem(field, 'too_long', cell(field));
    }
    return null;
  }
  drafts.facilities.set(key, parsed.data);
  return { kind: 'new', key };
}

/** Every row checked against the mapping, the shared schemas, the file itself and what the vault holds. */
export function planImport(rows: readonly CsvRow[], mapping: ImportMapping, vault: VaultLookup): ImportPlan {
  const plan: ImportPlan = { rows: rows.length, ready: [], inVault: [], problems: [], newFacilities: new Map(), newTags: new Map() };
  const drafts: Drafts = { facilities: new Map(), tags: new Map() };
  const seen = new Map<string, number>();
  for (const row of rows) checkRow(row, mapping, vault, plan, drafts, seen);
  for (const ready of plan.ready) {
    const facility = ready.facility;
    const draft = facility?.kind === 'new' ? drafts.facilities.get(facility.key) : undefined;
    if (facility?.kind === 'new' && draft) plan.newFacilities.set(facility.key, draft);
    for (const key of ready.tagKeys) {
      const name = drafts.tags.get(key);
      if (name !== undefined) plan.newTags.set(key, name);
    }
  }
  return plan;
}
