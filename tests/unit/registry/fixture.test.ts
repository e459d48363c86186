import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, test } from 'vitest';
import { VaultSession } from '../../../db/vault/vault-session';
import { fixtureSizes, writeRegistryFixture } from '../../fixtures/registry-fixture';
import { PROJECT_ROOT } from '../../support/bundle';
import { hashTree } from '../../support/file-hashes';
import { PASSPHRASE } from '../../support/cheap-kdf';
import { tempDir } from '../../support/temp-dir';
import { TestApp } from '../../support/test-app';

describe('registry fixture', () => {
  test('the small fixture has the promised shape: counts, countries, open stays, transfers, search rows', async () => {
    const r = await TestApp.create();
    const db = r.app.context.vault.db;
    const written = await writeRegistryFixture(db, fixtureSizes.small);
    expect(written).toEqual(fixtureSizes.small);
    const count = async (table: 'prisoners' | 'facilities' | 'stays' | 'tags' | 'members') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count('prisoners')).toBe(200);
    expect(await count('facilities')).toBe(40);
    expect(await count('stays')).toBe(480);
    expect(await count('tags')).toBe(12);
    expect(await count('members')).toBe(6);
    const countries = await db.selectFrom('facilities').select('country').distinct().execute();
    expect(countries.length).toBeGreaterThanOrEqual(8);
    const open =
      (await sql<{ n: number }>`select count(distinct prisoner_id) as n from stays where to_date is null`.execute(db))
        .rows[0]?.n ?? 0;
    expect(open).toBeGreaterThan(150);
    // Transfers: histories chain stays end to start.
    const transfers = await db.selectFrom('stays').select('id').where('start_reason', '=', 'transfer').execute();
    expect(transfers.length).toBeGreaterThan(200);
    // Every prisoner and facility has its search row.
    const indexed = (await sql<{ n: number }>`select count(*) as n from search_index`.execute(db)).rows[0]?.n;
    expect(indexed).toBe(240);
    const someone = await db
      .selectFrom('prisoners')
      .select(['id', 'family_name'])
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const hits = (await r.call('search:query', { text: someone.family_name, limit: 100 })).hits;
    expect(hits.map((h) => h.id)).toContain(someone.id);
    expect((await r.call('prisoners:list', { limit: 10 })).total).toBeGreaterThan(0);
  });

  test('`npm run fixture` writes a vault that opens with the passphrase from stdin, and never writes over one', async () => {
    const dataDir = path.join(tempDir('parloir-fixture-'), 'vault');
    const run = () =>
      spawnSync(path.join(PROJECT_ROOT, 'node_modules/.bin/tsx'), ['tests/fixtures/fixture.ts', '--size', 'small'], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, PARLOIR_DATA_DIR: dataDir },
        input: `${PASSPHRASE}\n`,
        encoding: 'utf8',
      });
    const first = run();
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/200 prisoners, 40 facilities, 480 stays/);
    const before = hashTree(dataDir);
    const second = run();
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/already exists/);
    expect(hashTree(dataDir)).toEqual(before);

    const vault = new VaultSession({ dataDir });
    await vault.unlock('passphrase', PASSPHRASE);
    try {
      const row = await vault.db
        .selectFrom('prisoners')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(row.n)).toBe(200);
    } finally {
      await vault.lock();
    }
  });
});
