import type { LockDateInput } from '../../shared/money/ledger.schemas';
import type { RegistryDb } from '../registry/registry-db';
import { withLedgerErrors } from './ledger-errors';

export interface LedgerLock {
  lockedThrough: string | null;
  reopenReason: string | null;
  changedAt: string | null;
  changedByMemberId: number | null;
}

/** The closed period: nothing dated on or before `lockedThrough` can change (migration 016's triggers). */
export async function getLedgerLock(db: RegistryDb): Promise<LedgerLock> {
  const row = await db.selectFrom('ledger_lock').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  return {
    lockedThrough: row.locked_through,
    reopenReason: row.reopen_reason,
    changedAt: row.changed_at,
    changedByMemberId: row.changed_by_member_id,
  };
}

/**
 * Closes the ledger through a date. Moving forward needs nothing; moving back (or clearing it) reopens closed rows and
 * is refused by the trigger unless `reopenReason` is given, which stays recorded until the next change.
 */
export async function setLedgerLock(
  db: RegistryDb,
  input: LockDateInput,
  memberId: number | null,
  now: string,
): Promise<void> {
  await withLedgerErrors(() =>
    db
      .updateTable('ledger_lock')
      .set({
        locked_through: input.lockedThrough,
        reopen_reason: input.reopenReason,
        changed_at: now,
        changed_by_member_id: memberId,
      })
      .where('id', '=', 1)
      .execute(),
  );
}
