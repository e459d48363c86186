import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** Settings that belong to the group and stay inside the vault (encrypted), as JSON values. */
export async function getVaultSetting<T>(db: Kysely<Database>, key: string): Promise<T | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row ? (JSON.parse(row.value) as T) : null;
}

export async function setVaultSetting(db: Kysely<Database>, key: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value);
  await db
    .insertInto('settings')
    .values({ key, value: json })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
    .execute();
}
