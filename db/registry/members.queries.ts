import type { Selectable } from 'kysely';
import type { z } from 'zod';
import { memberRoles, type Member, type memberInput } from '../../shared/registry/members.schemas';
import { senderAddress, type SenderAddress } from '../../shared/settings/sender.schemas';
import type { MembersTable } from '../schema';
import { caseless, flag, nameOrder, type RegistryDb } from './registry-db';
import { AppError } from '../../shared/errors';
import { withConstraintErrors } from './sqlite-errors';

/** `postal` may be left out by callers that predate it (fixtures): no return address. */
export type MemberData = Omit<z.output<typeof memberInput>, 'postal'> & { postal?: SenderAddress | null };

const duplicate = { unique: ['DUPLICATE', 'A member with this pseudonym already exists'] } as const;
const isRole = (value: unknown): value is Member['roles'][number] =>
  (memberRoles as readonly unknown[]).includes(value);

function memberFromRow(row: Selectable<MembersTable>): Member {
  const roles: unknown = JSON.parse(row.roles);
  return {
    id: row.id,
    pseudonym: row.pseudonym,
    roles: Array.isArray(roles) ? roles.filter(isRole) : [],
    active: row.active === 1,
    notes: row.notes,
    postal: row.postal === null ? null : senderAddress.parse(JSON.parse(row.postal)),
  };
}

const memberValues = (data: MemberData) => ({
  pseudonym: data.pseudonym,
  roles: JSON.stringify([...new Set(data.roles)]),
  active: flag(data.active),
  notes: data.notes,
  postal: data.postal ? JSON.stringify(data.postal) : null,
});

export async function listMembers(db: RegistryDb): Promise<Member[]> {
  const rows = await db.selectFrom('members').selectAll().execute();
  return rows.map(memberFromRow).sort((a, b) => nameOrder.compare(a.pseudonym, b.pseudonym) || a.id - b.id);
}

export async function findMember(db: RegistryDb, id: number): Promise<Member | undefined> {
  const row = await db.selectFrom('members').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? memberFromRow(row) : undefined;
}

/** Pseudonyms are unique regardless of case: later issues name letter writers by them. */
async function refuseDuplicate(db: RegistryDb, pseudonym: string, exceptId: number | null): Promise<void> {
  const wanted = caseless(pseudonym);
  const rows = await db.selectFrom('members').select(['id', 'pseudonym']).execute();
  if (rows.some((row) => row.id !== exceptId && caseless(row.pseudonym) === wanted))
    throw new AppError(...duplicate.unique);
}

export async function insertMember(db: RegistryDb, data: MemberData): Promise<number> {
  await refuseDuplicate(db, data.pseudonym, null);
  const { id } = await withConstraintErrors(duplicate, () =>
    db.insertInto('members').values(memberValues(data)).returning('id').executeTakeFirstOrThrow(),
  );
  return id;
}

export async function updateMember(db: RegistryDb, id: number, data: MemberData): Promise<boolean> {
  await refuseDuplicate(db, data.pseudonym, id);
  const result = await withConstraintErrors(duplicate, () =>
    db.updateTable('members').set(memberValues(data)).where('id', '=', id).executeTakeFirst(),
  );
  return result.numUpdatedRows > 0n;
}

/** A member who recorded ledger rows is kept (their name says who did what): the keys restrict, said in words. */
export async function deleteMember(db: RegistryDb, id: number): Promise<boolean> {
  const result = await withConstraintErrors(
    { foreign_key: ['LEDGER_IN_USE', 'Ledger rows record this member: deactivate them instead'] },
    () => db.deleteFrom('members').where('id', '=', id).executeTakeFirst(),
  );
  return result.numDeletedRows > 0n;
}
