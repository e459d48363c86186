import type { RegistryDb } from '../registry/registry-db';
import type { SelectedRow } from './print-selection.queries';
import { RECIPIENT_COLUMNS } from './recipient-columns';

/**
 * A writing evening's letters out by post as print rows, in the order they were logged (one transaction inserted them
 * in the grid's order, so by id): one row per letter, even for two letters to one person, at the stay each letter was
 * addressed to and with its own block. A letter whose stay was deleted since has no facility and is left out, named.
 */
export async function eveningLetterRows(db: RegistryDb, eveningId: number): Promise<SelectedRow[]> {
  return db
    .selectFrom('letters as l')
    .innerJoin('prisoners as p', 'p.id', 'l.prisoner_id')
    .leftJoin('stays as s', 's.id', 'l.stay_id')
    .leftJoin('facilities as f', 'f.id', 's.facility_id')
    .select([...RECIPIENT_COLUMNS, 'l.address_block'])
    .where('l.evening_id', '=', eveningId)
    .where('l.direction', '=', 'out')
    .where('l.channel', '=', 'post')
    .where('p.archived', '=', 0)
    .orderBy('l.id')
    .execute();
}
