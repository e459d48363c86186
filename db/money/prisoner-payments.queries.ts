import { sql } from 'kysely';
import { mailRules, type MailRules } from '../../shared/registry/mail-rules.schemas';
import { mustExist, type RegistryDb } from '../registry/registry-db';

/** A prisoner as a payment reference needs them, and the facility of their open stay with its rules. */
export interface PaymentDestination {
  familyName: string;
  givenNames: string | null;
  birthDate: string | null;
  stay: { prisonerNumber: string | null; facilityId: number; facilityName: string; rules: MailRules } | null;
}

export async function paymentDestination(db: RegistryDb, prisonerId: number): Promise<PaymentDestination> {
  const prisoner = mustExist(
    await db
      .selectFrom('prisoners')
      .select(['family_name', 'given_names', 'date_of_birth'])
      .where('id', '=', prisonerId)
      .executeTakeFirst(),
    'Prisoner',
  );
  const stay = await db
    .selectFrom('stays as s')
    .innerJoin('facilities as f', 'f.id', 's.facility_id')
    .select(['s.prisoner_number', 'f.id', 'f.name', 'f.rules'])
    .where('s.prisoner_id', '=', prisonerId)
    .where('s.to_date', 'is', null)
    .executeTakeFirst();
  return {
    familyName: prisoner.family_name,
    givenNames: prisoner.given_names,
    birthDate: prisoner.date_of_birth,
    stay: stay
      ? {
          prisonerNumber: stay.prisoner_number,
          facilityId: stay.id,
          facilityName: stay.name,
          rules: mailRules.parse(JSON.parse(stay.rules)),
        }
      : null,
  };
}

/** The built-in category every payment to a prisoner is booked under (seeded by migration 016). */
export async function paymentToPrisonerCategory(db: RegistryDb): Promise<number> {
  const row = await db
    .selectFrom('categories')
    .select('id')
    .where('name', '=', 'payment_to_prisoner')
    .where('builtin', '=', 1)
    .executeTakeFirst();
  return mustExist(row, 'Category').id;
}

/**
 * What the group has sent this prisoner over a period in one currency: the payment-to-prisoner splits of the
 * transactions linked to them, ordered or confirmed (an ordered payment is on its way and counts against a limit).
 */
export async function paidToPrisoner(
  db: RegistryDb,
  prisonerId: number,
  currency: string,
  period: { fromOn: string; toOn: string },
): Promise<number> {
  const row = await db
    .selectFrom('transactions as t')
    .innerJoin('splits as s', 's.transaction_id', 't.id')
    .innerJoin('categories as c', 'c.id', 's.category_id')
    .where('t.prisoner_id', '=', prisonerId)
    .where('t.currency', '=', currency)
    .where('t.booked_on', '>=', period.fromOn)
    .where('t.booked_on', '<=', period.toOn)
    .where('c.name', '=', 'payment_to_prisoner')
    .where('c.builtin', '=', 1)
    .select(sql<number>`coalesce(-sum(s.amount_minor), 0)`.as('paid'))
    .executeTakeFirstOrThrow();
  return row.paid;
}

/** The accounts a transfer can leave from: open, not a cash box, in the facility's currency. */
export async function paymentAccounts(db: RegistryDb, currency: string) {
  return db
    .selectFrom('accounts')
    .select(['id', 'name', 'currency', 'iban'])
    .where('archived', '=', 0)
    .where('kind', '!=', 'cash')
    .where('currency', '=', currency)
    .orderBy('name')
    .execute();
}

/** The open funds, the general ones first; a prisoner's own fund is suggested by the caller. */
export async function paymentFunds(db: RegistryDb) {
  const rows = await db
    .selectFrom('funds')
    .select(['id', 'name', 'kind', 'prisoner_id'])
    .where('archived', '=', 0)
    .orderBy('kind')
    .orderBy('name')
    .execute();
  return rows.map((f) => ({ id: f.id, name: f.name, kind: f.kind, prisonerId: f.prisoner_id }));
}
