import type { DonorInput } from '../../shared/money/ledger.schemas';
import { flag, type RegistryDb } from '../registry/registry-db';

/** A donor record is optional and minimal: a name or pseudonym, and how to thank them or not at all. */
export async function createDonor(
  db: RegistryDb,
  input: DonorInput,
  now: string,
  ibanHash: string | null = null,
  memberId: number | null = null,
): Promise<number> {
  const row = await db
    .insertInto('donors')
    .values({
      pseudonym_or_name: input.pseudonymOrName,
      thanks: input.thanks,
      no_thanks: flag(input.noThanks),
      iban_hash: ibanHash,
      created_at: now,
      updated_at: now,
      created_by_member_id: memberId,
      updated_by_member_id: memberId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
