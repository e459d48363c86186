import fc from 'fast-check';
import { sql } from 'kysely';
import { describe, expect, test } from 'vitest';
import type { VaultDb } from '../../../db/vault/vault-kysely';
import { attentionProblems } from '../../support/attention-consistency';
import { TestApp } from '../../support/test-app';
import { inMuret, letter } from './dashboard-data';

// Migration 015's triggers keep one prisoner_attention row per prisoner. Whatever writes reach the tables it is derived
// from, in whatever order, the rows say what the tables say (checked against a recomputation in TypeScript).

const day = fc.integer({ min: 0, max: 60 }).map((n) => new Date(Date.UTC(2026, 9, 1 + n)).toISOString().slice(0, 10));
const who = fc.nat(3);

const operation = fc.oneof(
  fc.record({
    op: fc.constant('letter' as const),
    who,
    direction: fc.constantFrom('out', 'in'),
    on: day,
    draft: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('status' as const),
    nth: fc.nat(),
    status: fc.constantFrom('draft', 'sent', 'acknowledged', 'lost'),
  }),
  fc.record({ op: fc.constant('redate' as const), nth: fc.nat(), on: day }),
  fc.record({ op: fc.constant('move' as const), nth: fc.nat(), who }),
  fc.record({ op: fc.constant('deleteLetter' as const), nth: fc.nat() }),
  fc.record({ op: fc.constant('stay' as const), who, close: fc.boolean() }),
  // One column at a time: a trigger fires on the columns an UPDATE sets, so setting them all would hide a missing one.
  fc.record({
    op: fc.constant('prisoner' as const),
    who,
    set: fc.oneof(
      fc.record({ archived: fc.constantFrom(0 as const, 1 as const) }),
      fc.record({ status: fc.constantFrom('pretrial', 'sentenced', 'released', 'deceased') }),
      fc.record({ do_not_write: fc.constantFrom(0 as const, 1 as const) }),
      fc.record({ reply_window_days: fc.option(fc.integer({ min: 1, max: 365 })) }),
    ),
  }),
  fc.record({ op: fc.constant('deletePrisoner' as const), who }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

async function nthLetter(db: VaultDb, nth: number): Promise<{ id: number; direction: string } | undefined> {
  const rows = await db.selectFrom('letters').select(['id', 'direction']).orderBy('id').execute();
  return rows.length === 0 ? undefined : rows[nth % rows.length];
}

async function apply(db: VaultDb, people: number[], step: Operation): Promise<void> {
  const person = 'who' in step ? people[step.who % people.length] : undefined;
  switch (step.op) {
    case 'letter':
      if (person !== undefined)
        await letter(db, person, {
          direction: step.direction,
          status: step.direction === 'in' ? 'received' : step.draft ? 'draft' : 'sent',
          on: step.on,
        });
      return;
    case 'status': {
      const target = await nthLetter(db, step.nth);
      if (target?.direction !== 'out') return;
      const draft = step.status === 'draft';
      await sql`update letters set status = ${step.status},
        written_on = case when ${draft ? 1 : 0} = 1 then dated_on else written_on end,
        sent_on = case when ${draft ? 1 : 0} = 1 then null else dated_on end where id = ${target.id}`.execute(db);
      return;
    }
    case 'redate': {
      const target = await nthLetter(db, step.nth);
      if (!target) return;
      await sql`update letters set dated_on = ${step.on},
        received_on = case when received_on is null then null else ${step.on} end,
        sent_on = case when sent_on is null then null else ${step.on} end,
        written_on = case when written_on is null then null else ${step.on} end where id = ${target.id}`.execute(db);
      return;
    }
    case 'move': {
      const target = await nthLetter(db, step.nth);
      if (target && person !== undefined)
        await db
          .updateTable('letters')
          .set({ prisoner_id: person, stay_id: null })
          .where('id', '=', target.id)
          .execute();
      return;
    }
    case 'deleteLetter': {
      const target = await nthLetter(db, step.nth);
      if (target) await db.deleteFrom('letters').where('id', '=', target.id).execute();
      return;
    }
    case 'stay':
      if (person !== undefined)
        await db
          .updateTable('stays')
          .set(step.close ? { to_date: '2026-11-30', end_reason: 'release' } : { to_date: null, end_reason: null })
          .where('prisoner_id', '=', person)
          .execute();
      return;
    case 'prisoner':
      if (person !== undefined) await db.updateTable('prisoners').set(step.set).where('id', '=', person).execute();
      return;
    case 'deletePrisoner':
      // Keeps one, so the other operations still have someone to act on.
      if (person !== undefined && people.length > 1) {
        await db.deleteFrom('prisoners').where('id', '=', person).execute();
        people.splice(people.indexOf(person), 1);
      }
      return;
  }
}

describe('prisoner_attention, the dashboard summary kept by triggers', () => {
  test('after any sequence of writes to letters, stays and prisoners, each prisoner has exactly the row the tables give', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 25 }), async (steps) => {
        const r = await TestApp.create();
        const db = r.app.context.vault.db;
        const people = [await inMuret(r, 'Arnaud'), await inMuret(r, 'Bonnet'), await inMuret(r, 'Chevalier')];
        for (const step of steps) await apply(db, people, step);
        expect(await attentionProblems(db)).toEqual([]);
      }),
      { numRuns: 20, seed: 20261202 },
    );
  });

  test("follows a prisoner's letters out and in, the end of their stay and their deletion", async () => {
    const r = await TestApp.create();
    const db = r.app.context.vault.db;
    const id = await inMuret(r, 'Durand');
    const row = () => db.selectFrom('prisoner_attention').selectAll().where('prisoner_id', '=', id).executeTakeFirst();
    expect(await row()).toMatchObject({ is_current: 1, is_writable: 1, last_out: null, awaiting_since: null });
    await letter(db, id, { direction: 'out', status: 'sent', on: '2026-10-01' });
    await letter(db, id, { direction: 'out', status: 'sent', on: '2026-10-20' });
    expect(await row()).toMatchObject({ last_out: '2026-10-20', awaiting_since: '2026-10-01' });
    // A letter in answers both; the next one sent waits again.
    await letter(db, id, { direction: 'in', status: 'received', on: '2026-10-25' });
    await letter(db, id, { direction: 'out', status: 'sent', on: '2026-11-02' });
    expect(await row()).toMatchObject({ last_in: '2026-10-25', last_out: '2026-11-02', awaiting_since: '2026-11-02' });
    await db.updateTable('prisoners').set({ reply_window_days: 10 }).where('id', '=', id).execute();
    expect(await row()).toMatchObject({ reply_window_days: 10 });
    await db
      .updateTable('stays')
      .set({ to_date: '2026-11-30', end_reason: 'release' })
      .where('prisoner_id', '=', id)
      .execute();
    expect(await row()).toMatchObject({ is_current: 1, is_writable: 0 });
    await db.deleteFrom('prisoners').where('id', '=', id).execute();
    expect(await row()).toBeUndefined();
    expect(await attentionProblems(db)).toEqual([]);
  });
});
