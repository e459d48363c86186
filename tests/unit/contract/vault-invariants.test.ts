import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import type { VaultDb } from '../../../db/vault/vault-kysely';
import { searchIndexProblems, sortNameProblems, sqliteProblems, vaultProblems } from '../../support/vault-invariants';
import { TestApp } from '../../support/test-app';
import { facility, muret, prisoner } from '../registry/registry-data';

// The checks the contract fuzzing runs after every call must themselves be able to fail: each case below breaks the
// vault behind the handlers' back, the way a handler that forgot a step would, and expects the check to say so.

let db: VaultDb;
let muretId: number;
let gulsenId: number;

beforeEach(async () => {
  const r = await TestApp.create();
  muretId = await facility(r, muret);
  gulsenId = await prisoner(
    r,
    { familyName: 'Yıldız', givenNames: 'Gülşen', knownAs: 'Gül' },
    { facilityId: muretId, prisonerNumber: '12345' },
  );
  const tag = await r.call('tags:create', { name: 'Procès de Tarnac' });
  await r.call('prisoners:setTags', { prisonerId: gulsenId, tagIds: [tag.id] });
  db = r.app.context.vault.db;
});

describe('the vault checks of the contract fuzzing', () => {
  it('find nothing wrong in a vault the handlers wrote, whatever the order of the words in a search row', async () => {
    expect(await vaultProblems(db)).toEqual([]);
    await sql`update search_index set body = 'tarnac de proces 12345 gul gulsen yildiz'
      where rowid in (select id from search_rows where kind = 'prisoner')`.execute(db);
    expect(await searchIndexProblems(db)).toEqual([]);
  });

  it('see a facility renamed without its search row', async () => {
    await db.updateTable('facilities').set({ name: 'Maison d’arrêt' }).where('id', '=', muretId).execute();
    expect(await searchIndexProblems(db)).toEqual([
      expect.stringMatching(new RegExp(`^facility ${muretId}: search row .*expected the words .*arret`)),
    ]);
  });

  it('see a tag renamed without the rows of the prisoners who carry it', async () => {
    await db.updateTable('tags').set({ name: 'Affaire Tarnac' }).execute();
    expect(await searchIndexProblems(db)).toEqual([expect.stringContaining(`prisoner ${gulsenId}: search row`)]);
  });

  it('see a prisoner without a search row, and a search row without its prisoner', async () => {
    await sql`delete from search_index where rowid in (select id from search_rows where kind = 'prisoner')`.execute(db);
    await sql`delete from search_rows where kind = 'prisoner'`.execute(db);
    expect(await searchIndexProblems(db)).toEqual([`prisoner ${gulsenId}: no search row`]);
    for (const [refId, body] of [
      [gulsenId, 'yildiz gulsen gul 12345 proces de tarnac'],
      [999, 'ghost'],
    ] as const) {
      await sql`insert into search_rows (kind, ref_id, archived) values ('prisoner', ${refId}, 0)`.execute(db);
      await sql`insert into search_index (rowid, body) values (last_insert_rowid(), ${body})`.execute(db);
    }
    expect(await searchIndexProblems(db)).toEqual(['prisoner 999: a search row for a row that does not exist']);
  });

  it('see text in the index that no search row points to (two rows for one facility cannot be written any more)', async () => {
    await sql`insert into search_index (body) select body from search_index where rowid in (select id from search_rows where kind = 'facility')`.execute(
      db,
    );
    expect(await vaultProblems(db)).toEqual([expect.stringMatching(/^search_index row \d+ has no search row$/)]);
    await expect(
      sql`insert into search_rows (kind, ref_id, archived) values ('facility', ${muretId}, 0)`.execute(db),
    ).rejects.toThrow(/UNIQUE/);
  });

  it('see a prisoner renamed without their sort key', async () => {
    await db.updateTable('prisoners').set({ given_names: 'Ayşe' }).execute();
    expect(await sortNameProblems(db)).toEqual([
      `prisoner ${gulsenId}: sort_name "yildiz gulsen", expected "yildiz ayse"`,
    ]);
  });

  it("see a dashboard summary row that disagrees with the prisoner's letters, and a missing one", async () => {
    await db.updateTable('prisoner_attention').set({ last_out: '2026-01-01' }).execute();
    expect(await vaultProblems(db)).toEqual([
      `prisoner_attention ${gulsenId}: {"is_current":1,"is_writable":1,"reply_window_days":null,"last_in":null,"last_out":"2026-01-01","awaiting_since":null}, expected {"is_current":1,"is_writable":1,"reply_window_days":null,"last_in":null,"last_out":null,"awaiting_since":null}`,
    ]);
    await db.deleteFrom('prisoner_attention').execute();
    expect(await vaultProblems(db)).toEqual([`prisoner_attention ${gulsenId}: no row`]);
  });

  it('see a stay whose prisoner is gone (a delete that skipped the foreign keys)', async () => {
    expect(await sqliteProblems(db)).toEqual([]);
    await sql`pragma foreign_keys = off`.execute(db);
    try {
      await db.deleteFrom('prisoners').where('id', '=', gulsenId).execute();
    } finally {
      await sql`pragma foreign_keys = on`.execute(db);
    }
    expect(await sqliteProblems(db)).toEqual([
      expect.stringMatching(/^foreign_key_check: .*"table":"(stays|prisoner_tags)"/),
    ]);
  });
});
