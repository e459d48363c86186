import type { LetterTarget } from '../../shared/letters/letter-bulk.schemas';
import type { RegistryDb } from '../registry/registry-db';
import { targetCondition } from './letter-bulk.queries';
import { lettersWithNames } from './letters.queries';
import { personName } from './letters.rows';

/** The letters of a target for the CSV export, newest first, as the list shows them by default. */
export async function lettersToExport(db: RegistryDb, target: LetterTarget) {
  const rows = await lettersWithNames(db)
    .select([
      'l.dated_on',
      'p.family_name',
      'p.given_names',
      'l.direction',
      'l.status',
      'l.channel',
      'm.pseudonym as writer_name',
      'f.name as facility_name',
      'l.pages',
      'l.issue_reason',
      'l.issue_note',
      'l.action_taken',
      'l.summary',
    ])
    .where(targetCondition(db, target, 'l.id'))
    .orderBy('l.dated_on', 'desc')
    .orderBy('l.id', 'desc')
    .execute();
  return rows.map((row) => ({ ...row, prisoner_name: personName(row.family_name, row.given_names) }));
}
