import { sql } from 'kysely';
import { SEARCH_FOLD_VERSION } from '../../shared/search-fold';
import { getMeta, setMeta } from '../vault/meta.queries';
import type { VaultDb } from '../vault/vault-kysely';
import { rebuildSearchIndex } from './search-index.queries';
import { searchKinds } from './search-kinds';

const META_KEY = 'search_fold';

/**
 * The index holds text folded when it was written; queries are folded by the code running now. When the folding
 * changed since (SEARCH_FOLD_VERSION), the whole index is rebuilt from the rows, in one transaction, before anything
 * searches. Not a migration: a migration must not run code that changes after it ships, and this is that code.
 * Returns whether it rebuilt. A vault older than the search index (a test's short list of migrations) is left alone.
 */
export async function refreshSearchFold(db: VaultDb): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`
    select count(*) as n from sqlite_master where type = 'table' and name = 'search_rows'`.execute(db);
  if (Number(rows[0]?.n ?? 0) === 0) return false;
  if ((await getMeta(db, META_KEY)) === SEARCH_FOLD_VERSION) return false;
  await db.transaction().execute(async (trx) => {
    await rebuildSearchIndex(trx, searchKinds);
    await setMeta(trx, META_KEY, SEARCH_FOLD_VERSION);
  });
  return true;
}
