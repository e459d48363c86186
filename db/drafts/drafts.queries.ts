import type { Kysely } from 'kysely';
import type { Draft } from '../../shared/drafts/drafts.schemas';
import type { Database } from '../schema';
import { getVaultSetting, setVaultSetting } from '../settings/settings.queries';

/** One draft at most (one form is open at a time), kept in the vault's settings: encrypted like every row. */
const DRAFT_KEY = 'draft';

export function getDraft(db: Kysely<Database>): Promise<Draft | null> {
  return getVaultSetting<Draft>(db, DRAFT_KEY);
}

export function saveDraft(db: Kysely<Database>, draft: Draft): Promise<void> {
  return setVaultSetting(db, DRAFT_KEY, draft);
}

export async function clearDraft(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('settings').where('key', '=', DRAFT_KEY).execute();
}
