import type { RegistryDb } from '../registry/registry-db';
import type { LedgerStamp } from './transactions.queries';

/** The columns every ledger write sets: who changed the row last, and when. */
export function updatedColumns(stamp: LedgerStamp) {
  return { updated_at: stamp.now, updated_by_member_id: stamp.memberId };
}

/** The columns of a new row: created and last changed by the same member at the same time. */
export function createdColumns(stamp: LedgerStamp) {
  return { created_at: stamp.now, created_by_member_id: stamp.memberId, ...updatedColumns(stamp) };
}

interface StampColumns {
  created_at: string;
  created_by_member_id: number | null;
  updated_at: string;
  updated_by_member_id: number | null;
}

/** Member pseudonyms by id: a group has a handful of members, read once per list rather than joined twice per row. */
export async function memberNames(db: RegistryDb): Promise<Map<number, string>> {
  const rows = await db.selectFrom('members').select(['id', 'pseudonym']).execute();
  return new Map(rows.map((row) => [row.id, row.pseudonym]));
}

/** A row's stamp columns as the channels give them, names included. */
export function recordStampOf(row: StampColumns, names: ReadonlyMap<number, string>) {
  const nameOf = (memberId: number | null) => (memberId === null ? null : (names.get(memberId) ?? null));
  return {
    createdAt: row.created_at,
    createdByMemberId: row.created_by_member_id,
    createdByName: nameOf(row.created_by_member_id),
    updatedAt: row.updated_at,
    updatedByMemberId: row.updated_by_member_id,
    updatedByName: nameOf(row.updated_by_member_id),
  };
}
