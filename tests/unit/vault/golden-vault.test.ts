import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationNames } from '../../../db/migrations';
import { assertExactSchema, expectedSchema } from '../../../db/vault/schema-check';
import { createApp, type ParloirApp } from '../../../electron/services/create-app';
import type { SearchHit } from '../../../shared/registry/search.schemas';
import { CHEAP_KDF } from '../../support/cheap-kdf';
import { testDialogs } from '../../support/dialogs';
import { searchIndexDrift } from '../../support/search-index-consistency';
import { databaseKey, rawConnection } from '../../support/vault-fixture';

type Row = Record<string, unknown>;
interface Golden {
  madeBy: { version: string; commit: string; migrations: string[] };
  passphrase: string;
  tables: Record<string, Row[]>;
}

const GOLDEN = path.resolve(import.meta.dirname, '../../fixtures/golden');
const folders = fs
  .readdirSync(GOLDEN, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(GOLDEN, entry.name, 'vault.db')))
  .map((entry) => entry.name)
  .sort();

/** Each row cut down to the columns the golden vault had: later versions may add columns, never lose a value. */
const project = (rows: Row[], columns: string[]) =>
  rows.map((row) => Object.fromEntries(columns.map((c) => [c, row[c]])));

describe.each(folders)('the golden vault made by %s', (folder) => {
  const golden = JSON.parse(fs.readFileSync(path.join(GOLDEN, folder, 'expected.json'), 'utf8')) as Golden;
  let dataDir = '';
  let app: ParloirApp;
  let migrationsApplied = -1;

  async function search(text: string): Promise<SearchHit[]> {
    return (await app.invoke('search:query', { text, limit: 100, includeArchived: true })).hits;
  }

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parloir-golden-'));
    for (const file of ['vault.db', 'keyslots.json'])
      fs.copyFileSync(path.join(GOLDEN, folder, file), path.join(dataDir, file));
    app = createApp({ dataDir, kdf: CHEAP_KDF, dialogs: testDialogs() });
    migrationsApplied = (await app.context.vault.unlock('passphrase', golden.passphrase)).migrationsApplied;
  });

  afterAll(async () => {
    await app.context.vault.lock();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('unlocks with today’s code, which runs every migration it lacks', async () => {
    expect(golden.madeBy.migrations.every((name) => migrationNames.includes(name))).toBe(true);
    expect(migrationsApplied).toBe(migrationNames.length - golden.madeBy.migrations.length);
    const history = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
      app.context.vault.db,
    );
    expect(history.rows.map((r) => r.name)).toEqual(migrationNames);
  });

  it('still holds every row it held, value for value', async () => {
    const db = app.context.vault.db;
    for (const [table, expected] of Object.entries(golden.tables)) {
      const columns = Object.keys(expected[0] ?? {});
      const { rows } = await sql<Row>`select * from ${sql.table(table)}`.execute(db);
      expect(project(rows, columns), table).toEqual(expect.arrayContaining(expected));
    }
  });

  it('is sound: integrity check, foreign keys', async () => {
    const db = app.context.vault.db;
    expect((await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db)).rows).toEqual([
      { integrity_check: 'ok' },
    ]);
    expect((await sql`pragma foreign_key_check`.execute(db)).rows).toEqual([]);
  });

  it('has a search index holding exactly what today’s search kinds would write for its rows', async () => {
    expect(await searchIndexDrift(app.context.vault.db)).toEqual([]);
  });

  it('finds every prisoner and every facility by name through the search index', async () => {
    for (const prisoner of golden.tables['prisoners'] ?? []) {
      const hits = await search(`${String(prisoner['family_name'])} ${String(prisoner['given_names'] ?? '')}`);
      expect(hits, String(prisoner['family_name'])).toContainEqual(
        expect.objectContaining({ kind: 'prisoner', id: prisoner['id'] }),
      );
    }
    for (const facility of golden.tables['facilities'] ?? []) {
      const hits = await search(String(facility['name']));
      expect(hits, String(facility['name'])).toContainEqual(
        expect.objectContaining({ kind: 'facility', id: facility['id'] }),
      );
    }
  });

  it('has, once migrated and locked, exactly the schema today’s migrations build, and opens again as it is', async () => {
    await app.context.vault.lock();
    const raw = rawConnection(path.join(dataDir, 'vault.db'), await databaseKey(dataDir, golden.passphrase));
    const schema = await expectedSchema();
    try {
      expect(() => assertExactSchema(raw, schema, 'VAULT_SCHEMA_UNEXPECTED')).not.toThrow();
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      raw.close();
    }
    expect((await app.context.vault.unlock('passphrase', golden.passphrase)).migrationsApplied).toBe(0);
  });
});
