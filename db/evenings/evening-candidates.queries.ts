import { sql } from 'kysely';
import {
  CANDIDATES_LIMIT,
  type Candidate,
  type CandidateList,
  type CandidatesInput,
} from '../../shared/evenings/evenings.schemas';
import { letterDirections, letterStatuses } from '../../shared/letters/letter-values';
import { ftsQuery } from '../../shared/search-fold';
import { localToday } from '../../shared/today';
import { attentionPrisoners } from '../dashboard/attention.queries';
import { personName } from '../letters/letters.rows';
import { filteredPrisoners } from '../registry/prisoner-filter.queries';
import { prisonerSearchKind } from '../registry/registry.search';
import type { RegistryDb } from '../registry/registry-db';
import { matchSearchRows } from '../search/search-index.queries';

/** The prisoners one way of choosing gives, as the registry's own filters and the dashboard's own counts give them. */
async function chosen(db: RegistryDb, input: CandidatesInput) {
  const base = { statuses: [], tagIds: [] };
  switch (input.by) {
    case 'tag':
      return filteredPrisoners(db, { ...base, tagIds: [input.tagId] });
    case 'noLetter':
      return filteredPrisoners(db, base).where(
        'p.id',
        'in',
        attentionPrisoners(db, 'noLetter', input.today ?? localToday(), input.days),
      );
    case 'birthday':
      return filteredPrisoners(db, base).where(
        'p.id',
        'in',
        attentionPrisoners(db, 'birthdays', input.today ?? localToday(), input.days),
      );
    case 'name': {
      const match = ftsQuery(input.query);
      const found =
        match === null
          ? []
          : await matchSearchRows(db, {
              match,
              kinds: [prisonerSearchKind.name],
              limit: CANDIDATES_LIMIT + 1,
              includeArchived: false,
            });
      return filteredPrisoners(db, { ...base, prisonerIds: found.map((r) => r.id) });
    }
  }
}

const oneOf = <T extends string>(list: readonly T[], value: string, fallback: T): T =>
  (list as readonly string[]).includes(value) ? (value as T) : fallback;

/**
 * Who the evening may write to, in name order, each with where they are now and their last letter (either way) with
 * its status, so the group sees at once who has waited. Archived prisoners are never offered.
 */
export async function eveningCandidates(db: RegistryDb, input: CandidatesInput): Promise<CandidateList> {
  const rows = await (
    await chosen(db, input)
  )
    .leftJoin('stays as s', (join) => join.onRef('s.prisoner_id', '=', 'p.id').on('s.to_date', 'is', null))
    .leftJoin('facilities as f', 'f.id', 's.facility_id')
    // The newest letter by the prisoner's own index (letters_prisoner_dated), one lookup per prisoner.
    .leftJoin('letters as ll', (join) =>
      join.on(
        'll.id',
        '=',
        sql<number>`(select lx.id from letters lx where lx.prisoner_id = p.id
          order by lx.dated_on desc, lx.id desc limit 1)`,
      ),
    )
    .select([
      'p.id',
      'p.family_name',
      'p.given_names',
      'p.do_not_write',
      'f.name as facility_name',
      'll.dated_on',
      'll.direction',
      'll.status',
    ])
    .orderBy('p.sort_name')
    .orderBy('p.id')
    .limit(CANDIDATES_LIMIT + 1)
    .execute();
  const candidates: Candidate[] = rows.slice(0, CANDIDATES_LIMIT).map((row) => ({
    prisonerId: row.id,
    name: personName(row.family_name, row.given_names),
    facilityName: row.facility_name,
    doNotWrite: row.do_not_write === 1,
    lastLetter:
      row.dated_on === null || row.direction === null || row.status === null
        ? null
        : {
            datedOn: row.dated_on,
            direction: oneOf(letterDirections, row.direction, 'out'),
            status: oneOf(letterStatuses, row.status, 'draft'),
          },
  }));
  return { rows: candidates, truncated: rows.length > CANDIDATES_LIMIT };
}
