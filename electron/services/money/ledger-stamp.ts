import type { LedgerStamp } from '../../../db/money/transactions.queries';
import { mustExist, timestampNow, type RegistryDb } from '../../../db/registry/registry-db';

/** Who records a write, checked to exist (a member deleted meanwhile is said as such), and when. */
export async function stampFor(db: RegistryDb, byMemberId: number | null): Promise<LedgerStamp> {
  if (byMemberId !== null)
    mustExist(await db.selectFrom('members').select('id').where('id', '=', byMemberId).executeTakeFirst(), 'Member');
  return { memberId: byMemberId, now: timestampNow() };
}
