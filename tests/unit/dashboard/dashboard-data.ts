import type { InputOf } from '../../../shared/contract';
import type { VaultDb } from '../../../db/vault/vault-kysely';
import { facility, muret, prisoner } from '../registry/registry-data';
import type { TestApp } from '../../support/test-app';

/** The fixed "today" of the dashboard's tests: a Tuesday, with a new year inside the 30-day birthday window. */
export const TODAY = '2026-12-10';
const STAMP = '2026-01-01T09:00:00.000Z';

/** A prisoner in prison at Muret since 2024 (one the group can write to), with what `prisoner` overrides. */
export async function inMuret(
  r: TestApp,
  familyName: string,
  prisonerFields: Partial<InputOf<'prisoners:create'>['prisoner']> = {},
): Promise<number> {
  const facilities = await r.call('facilities:list', {});
  const facilityId = facilities[0]?.id ?? (await facility(r, muret));
  const id = await prisoner(r, { familyName }, { facilityId });
  if (Object.keys(prisonerFields).length > 0) {
    await r.call('prisoners:update', { id, prisoner: { familyName, ...prisonerFields } });
  }
  return id;
}

type LetterFields = { direction: 'out' | 'in'; status: string; on: string; createdAt?: string; handledAt?: string };

/** A letter straight into its table (its channels are another part of the app); the dates follow its status. */
export async function letter(db: VaultDb, prisonerId: number, fields: LetterFields): Promise<number> {
  const { direction, status, on } = fields;
  const draft = status === 'draft';
  const issue = status === 'returned' || status === 'withheld';
  const row = await db
    .insertInto('letters')
    .values({
      prisoner_id: prisonerId,
      direction,
      status,
      channel: 'post',
      written_on: draft ? on : null,
      sent_on: direction === 'out' && !draft ? on : null,
      received_on: direction === 'in' ? on : null,
      dated_on: on,
      issue_reason: issue ? 'moved' : null,
      handled_at: fields.handledAt ?? null,
      created_at: fields.createdAt ?? STAMP,
      updated_at: fields.createdAt ?? STAMP,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function parcel(
  db: VaultDb,
  prisonerId: number,
  status: string,
  handledAt: string | null = null,
): Promise<void> {
  const issue = ['refused', 'returned', 'lost'].includes(status);
  await db
    .insertInto('parcels')
    .values({
      prisoner_id: prisonerId,
      status,
      prepared_on: '2026-11-01',
      dated_on: '2026-11-01',
      issue_reason: issue ? 'refused' : null,
      handled_at: handledAt,
      created_at: STAMP,
      updated_at: STAMP,
    })
    .execute();
}
