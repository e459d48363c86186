import { AppError } from '../../../shared/errors';
import {
  findPrisoner,
  insertPrisoner,
  setPrisonerTags,
  tagsOfPrisoner,
  updatePrisoner,
} from '../../../db/registry/prisoners.queries';
import type { RegistryDb } from '../../../db/registry/registry-db';
import { endStay, insertStay, openStayOf, updateStay } from '../../../db/registry/stays.queries';
import type { ReadyRow } from './import-validate';

/**
 * An update keeps what the vault knows and the file does not say: only the cells the file fills replace the
 * person's fields, its tags are added to theirs, and a new place is a transfer from their open stay.
 */
async function updateRow(trx: RegistryDb, id: number, row: ReadyRow, facilityId: number | null, tagIds: number[]) {
  const existing = await findPrisoner(trx, id);
  if (!existing) throw new AppError('INTERNAL', 'A prisoner the import updates is gone');
  const merged: Record<string, unknown> = { ...row.prisoner };
  for (const key of Object.keys(merged))
    if (!(row.filled as string[]).includes(key)) merged[key] = existing[key as keyof typeof existing];
  await updatePrisoner(trx, id, merged as ReadyRow['prisoner']);
  const tags = (await tagsOfPrisoner(trx, id)).map((tag) => tag.id);
  await setPrisonerTags(trx, id, [...tags, ...tagIds]);
  if (facilityId === null || row.stayFrom === null) return;
  const open = await openStayOf(trx, id);
  if (open?.facilityId === facilityId) {
    if (row.prisonerNumber !== null && row.prisonerNumber !== open.prisonerNumber)
      await updateStay(trx, open.id, { ...open, prisonerNumber: row.prisonerNumber });
    return;
  }
  if (open) await endStay(trx, open.id, row.stayFrom, 'transfer');
  await insertStay(trx, id, {
    facilityId,
    prisonerNumber: row.prisonerNumber,
    from: row.stayFrom,
    to: null,
    startReason: open ? 'transfer' : 'other',
    endReason: null,
  });
}

/** Writes one checked row: a new prisoner with their open stay and tags, or the update of one already there. */
export async function writeRow(
  trx: RegistryDb,
  row: ReadyRow,
  facilityIds: Map<string, number>,
  tagIds: Map<string, number>,
): Promise<number> {
  const { facility } = row;
  const facilityId = facility ? (facility.kind === 'existing' ? facility.id : facilityIds.get(facility.key)) : null;
  if (facilityId === undefined) throw new AppError('INTERNAL', 'A facility of the import was not created');
  const ids = row.tagKeys.map((key) => tagIds.get(key));
  if (ids.some((id) => id === undefined)) throw new AppError('INTERNAL', 'A tag of the import was not created');
  if (row.updateId !== null) {
    await updateRow(trx, row.updateId, row, facilityId, ids as number[]);
    return row.updateId;
  }
  const prisonerId = await insertPrisoner(trx, row.prisoner);
  if (facilityId !== null) {
    // The check refuses a facility without a start date: a stay never starts on an invented day.
    if (row.stayFrom === null) throw new AppError('INTERNAL', 'A stay of the import has no start date');
    await insertStay(trx, prisonerId, {
      facilityId,
      prisonerNumber: row.prisonerNumber,
      from: row.stayFrom,
      to: null,
      startReason: 'other',
      endReason: null,
    });
  }
  await setPrisonerTags(trx, prisonerId, ids as number[]);
  return prisonerId;
}
