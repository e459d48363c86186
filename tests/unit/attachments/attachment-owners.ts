import type { TestApp } from '../../support/test-app';

/**
 * A letter and a parcel to attach files to, written straight into the vault: their own channels belong to the
 * letters and parcels domains.
 */
export async function attachmentOwners(app: TestApp): Promise<{ letterId: number; parcelId: number }> {
  const prisoner = await app.call('prisoners:create', { prisoner: { familyName: 'Martin', givenNames: 'Alex' } });
  const db = app.app.context.vault.db;
  const now = new Date().toISOString();
  const letter = await db
    .insertInto('letters')
    .values({
      prisoner_id: prisoner.prisoner.id,
      direction: 'in',
      status: 'received',
      channel: 'post',
      received_on: '2026-11-20',
      dated_on: '2026-11-20',
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const parcel = await db
    .insertInto('parcels')
    .values({
      prisoner_id: prisoner.prisoner.id,
      status: 'prepared',
      prepared_on: '2026-11-21',
      dated_on: '2026-11-21',
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { letterId: letter.id, parcelId: parcel.id };
}

export async function attachmentRows(app: TestApp): Promise<number> {
  const { count } = await app.app.context.vault.db
    .selectFrom('attachments')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}
