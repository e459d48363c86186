import type { Category } from '../../shared/money/ledger-outputs.schemas';
import { builtinCategories, type BuiltinCategory, type CategoryDirection } from '../../shared/money/money-values';
import { flag, type RegistryDb } from '../registry/registry-db';
import { listCategories } from './funds.queries';
import type { LedgerStamp } from './transactions.queries';

const isBuiltin = (name: string): name is BuiltinCategory => (builtinCategories as readonly string[]).includes(name);

/** Income first, built-in before the group's own (listCategories' order); a built-in one is named by its key. */
export async function categoriesForList(db: RegistryDb): Promise<Category[]> {
  const rows = await listCategories(db);
  return rows.map((row) => ({
    id: row.id,
    builtinKey: row.builtin === 1 && isBuiltin(row.name) ? row.name : null,
    name: row.name,
    direction: row.direction as CategoryDirection,
    archived: row.archived === 1,
  }));
}

/** Hidden from the choices for new entries; the entries that use it keep it. */
export async function archiveCategory(db: RegistryDb, id: number, archived: boolean, stamp: LedgerStamp) {
  const result = await db
    .updateTable('categories')
    .set({ archived: flag(archived), updated_at: stamp.now, updated_by_member_id: stamp.memberId })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
