import { sql } from 'kysely';
import type { LetterIssueReason } from '../../shared/letters/letter-values';
import { letterIssueReasons } from '../../shared/letters/letter-values';
import { addDays } from '../../shared/today';
import { settingDays } from '../dashboard/attention.queries';
import { nameOrder, type RegistryDb } from '../registry/registry-db';

/** Letters of one prisoner at one facility over the period; returned and withheld counted per reason. */
export interface CorrespondenceLine {
  facilityId: number | null;
  facilityName: string | null;
  prisonerId: number;
  familyName: string;
  givenNames: string | null;
  prisonerNumber: string | null;
  out: number;
  in: number;
  returned: Partial<Record<LetterIssueReason, number>>;
  withheld: Partial<Record<LetterIssueReason, number>>;
}

interface CountRow {
  facility_id: number | null;
  facility_name: string | null;
  prisoner_id: number;
  family_name: string;
  given_names: string | null;
  prisoner_number: string | null;
  direction: string;
  status: string;
  issue_reason: string | null;
  letters: number;
}

const asReason = (value: string | null): LetterIssueReason =>
  (letterIssueReasons as readonly (string | null)[]).includes(value) ? (value as LetterIssueReason) : 'other';

/** The counts behind the report, one row per facility, prisoner, direction, status and reason (the plan test reads it). */
export const correspondenceCountsQuery = (from: string, to: string) => sql<CountRow>`
    select coalesce(ls.facility_id, os.facility_id) as facility_id, coalesce(lf.name, cf.name) as facility_name,
      l.prisoner_id, p.family_name, p.given_names,
      coalesce(ls.prisoner_number, os.prisoner_number) as prisoner_number,
      l.direction, l.status, l.issue_reason, count(*) as letters
    from letters l indexed by letters_dated
    join prisoners p on p.id = l.prisoner_id
    left join stays ls on ls.id = l.stay_id
    left join stays os on os.prisoner_id = l.prisoner_id and os.to_date is null
    left join facilities lf on lf.id = ls.facility_id
    left join facilities cf on cf.id = os.facility_id
    where l.dated_on >= ${from} and l.dated_on <= ${to} and l.status <> 'draft'
    group by coalesce(ls.facility_id, os.facility_id), l.prisoner_id, l.direction, l.status, l.issue_reason`;

/**
 * Every letter dated in [from, to] (drafts aside: they never left), counted in one grouped query walked along
 * letters_dated, never prisoner by prisoner. A letter counts at the facility of the stay it went to, else where its
 * prisoner is now: a prisoner transferred within the period appears under both facilities.
 */
export async function correspondenceLines(db: RegistryDb, from: string, to: string): Promise<CorrespondenceLine[]> {
  const { rows } = await correspondenceCountsQuery(from, to).execute(db);
  const lines = new Map<string, CorrespondenceLine>();
  for (const row of rows) {
    const key = `${row.facility_id ?? ''}:${row.prisoner_id}`;
    let line = lines.get(key);
    if (!line) {
      line = {
        facilityId: row.facility_id,
        facilityName: row.facility_name,
        prisonerId: row.prisoner_id,
        familyName: row.family_name,
        givenNames: row.given_names,
        prisonerNumber: row.prisoner_number,
        out: 0,
        in: 0,
        returned: {},
        withheld: {},
      };
      lines.set(key, line);
    }
    const count = Number(row.letters);
    if (row.direction === 'in') line.in += count;
    else line.out += count;
    if (row.status === 'returned' || row.status === 'withheld') {
      const reasons = line[row.status];
      const reason = asReason(row.issue_reason);
      reasons[reason] = (reasons[reason] ?? 0) + count;
    }
  }
  // Facilities by name (letters with no facility at all last), prisoners by name within each.
  return [...lines.values()].sort(
    (a, b) =>
      Number(a.facilityName === null) - Number(b.facilityName === null) ||
      nameOrder.compare(a.facilityName ?? '', b.facilityName ?? '') ||
      (a.facilityId ?? 0) - (b.facilityId ?? 0) ||
      nameOrder.compare(a.familyName, b.familyName) ||
      nameOrder.compare(a.givenNames ?? '', b.givenNames ?? '') ||
      a.prisonerId - b.prisonerId,
  );
}

/** Prisoners one can write to whose last letter out is on or before `since` (or who have none). */
export const notWrittenToQuery = (since: string) => sql<{
  id: number;
  family_name: string;
  given_names: string | null;
  prisoner_number: string | null;
  facility_name: string;
  last_letter: string | null;
}>`
    select * from (
      select p.id, p.family_name, p.given_names, s.prisoner_number, f.name as facility_name,
        (select max(letters_out.dated_on) from letters letters_out indexed by letters_went_out
          where letters_out.prisoner_id = p.id and letters_out.direction = 'out' and letters_out.status <> 'draft')
          as last_letter
      from prisoners p
      join stays s on s.prisoner_id = p.id and s.to_date is null
      join facilities f on f.id = s.facility_id
      where +p.archived = 0 and p.status not in ('released', 'deceased') and p.do_not_write = 0)
    where last_letter is null or last_letter <= ${since}`;

export interface NotWrittenToLine {
  prisonerId: number;
  familyName: string;
  givenNames: string | null;
  prisonerNumber: string | null;
  facilityName: string;
  /** The last letter out that left (drafts aside); null: never written to. */
  lastLetter: string | null;
}

/**
 * The prisoners the group can write to (not archived, released or deceased, not "do not write", an open stay) whose
 * last letter out is `days` days old or more, or who were never written to: the dashboard's "no letter in N days"
 * with the date of that last letter. Each prisoner's last letter is one seek in letters_went_out. Longest wait first.
 */
export async function notWrittenToLines(
  db: RegistryDb,
  today: string,
  days: number | undefined,
): Promise<{ days: number; lines: NotWrittenToLine[] }> {
  const wait =
    days ??
    Number((await sql<{ days: number }>`select ${settingDays('noLetterDays')} as days`.execute(db)).rows[0]?.days);
  const { rows } = await notWrittenToQuery(addDays(today, -wait)).execute(db);
  const lines = rows.map((row) => ({
    prisonerId: row.id,
    familyName: row.family_name,
    givenNames: row.given_names,
    prisonerNumber: row.prisoner_number,
    facilityName: row.facility_name,
    lastLetter: row.last_letter,
  }));
  lines.sort(
    (a, b) =>
      Number(b.lastLetter === null) - Number(a.lastLetter === null) ||
      (a.lastLetter ?? '').localeCompare(b.lastLetter ?? '') ||
      nameOrder.compare(a.familyName, b.familyName) ||
      nameOrder.compare(a.givenNames ?? '', b.givenNames ?? '') ||
      a.prisonerId - b.prisonerId,
  );
  return { days: wait, lines };
}
