import type { Insertable, Selectable } from 'kysely';
import type { z } from 'zod';
import { foldForSearch } from '../../shared/search-fold';
import {
  prisonerStatus,
  type Prisoner,
  type prisonerInput,
  type PrisonerRow,
} from '../../shared/registry/prisoners.schemas';
import type { PrisonersTable } from '../schema';

/** A prisoner as the handlers receive it (after zod defaults and transforms). */
export type PrisonerData = z.output<typeof prisonerInput>;

export function sortName(familyName: string, givenNames: string | null): string {
  return foldForSearch(`${familyName} ${givenNames ?? ''}`).trim();
}

export function prisonerFromRow(row: Selectable<PrisonersTable>): Prisoner {
  return {
    id: row.id,
    familyName: row.family_name,
    givenNames: row.given_names,
    knownAs: row.known_as,
    pronouns: row.pronouns,
    dateOfBirth: row.date_of_birth,
    languages: JSON.parse(row.languages) as string[],
    status: prisonerStatus.parse(row.status),
    expectedRelease: row.expected_release,
    doNotWrite: row.do_not_write === 1,
    doNotWriteReason: row.do_not_write_reason,
    notes: row.notes,
    archived: row.archived === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function prisonerValues(
  data: PrisonerData,
): Omit<Insertable<PrisonersTable>, 'id' | 'archived' | 'created_at' | 'updated_at'> {
  return {
    family_name: data.familyName,
    given_names: data.givenNames,
    known_as: data.knownAs,
    sort_name: sortName(data.familyName, data.givenNames),
    pronouns: data.pronouns,
    date_of_birth: data.dateOfBirth,
    languages: JSON.stringify(data.languages),
    status: data.status,
    expected_release: data.expectedRelease,
    do_not_write: data.doNotWrite ? 1 : 0,
    do_not_write_reason: data.doNotWriteReason,
    notes: data.notes,
  };
}

/** One line of the prisoner list: the prisoner and where their open stay is, if they have one. */
export interface PrisonerListColumns {
  id: number;
  family_name: string;
  given_names: string | null;
  known_as: string | null;
  status: string;
  do_not_write: 0 | 1;
  archived: 0 | 1;
  prisoner_number: string | null;
  facility_id: number | null;
  facility_name: string | null;
  country: string | null;
  city: string | null;
  expected_release: string | null;
  has_notes: number;
}

export function prisonerRowFromColumns(row: PrisonerListColumns, tagNames: string[]): PrisonerRow {
  return {
    id: row.id,
    familyName: row.family_name,
    givenNames: row.given_names,
    knownAs: row.known_as,
    status: prisonerStatus.parse(row.status),
    doNotWrite: row.do_not_write === 1,
    archived: row.archived === 1,
    prisonerNumber: row.prisoner_number,
    facilityId: row.facility_id,
    facilityName: row.facility_name,
    country: row.country,
    city: row.city,
    expectedRelease: row.expected_release,
    hasNotes: row.has_notes === 1,
    tagNames,
  };
}
