import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATION_TABLE } from '../../../db/migrations';
import { SQLite } from '../../../db/vault/sqlite';
import { databaseShapes, declaredShapes, shapeDifferences } from '../../support/schema-shapes';
import { tempDir } from '../../support/temp-dir';
import { databaseKey, lockedVault, rawConnection } from '../../support/vault-fixture';

const SCHEMA_FILE = path.resolve(import.meta.dirname, '../../../db/schema.ts');
/** Kysely's own bookkeeping: it never goes through the Database interface. */
const KYSELY_TABLES = [MIGRATION_TABLE, `${MIGRATION_TABLE}_lock`];

describe('db/schema.ts, the types every query is checked against', () => {
  it('declares every table and column a new vault has after all migrations, with its nullability, type and default, and no other', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    const db = rawConnection(path.join(dir, 'vault.db'), await databaseKey(dir));
    try {
      const database = databaseShapes(db, KYSELY_TABLES);
      expect(database.size).toBeGreaterThan(5);
      expect(shapeDifferences(database, declaredShapes(SCHEMA_FILE))).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('names each disagreement: a missing, an extra, a nullable, a mistyped and a defaulted column, a missing table', () => {
    const db = new SQLite(':memory:');
    db.exec(`CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT NOT NULL, note TEXT, size INTEGER NOT NULL DEFAULT 0,
      weight REAL NOT NULL, photo BLOB, added TEXT NOT NULL) STRICT;
      CREATE TABLE links (a INTEGER NOT NULL, b INTEGER NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID, STRICT;
      CREATE VIRTUAL TABLE search USING fts5(kind UNINDEXED, body)`);
    const file = path.join(tempDir(), 'schema.ts');
    fs.writeFileSync(
      file,
      `type Generated<T> = T;
      type Flag = 0 | 1;
      interface ThingsTable { id: Generated<number>; name: string | null; note: string; size: Flag; weight: string; photo: Uint8Array | null; ghost: string }
      interface LinksTable { a: Generated<number>; b: number }
      export interface Database { things: ThingsTable; links: LinksTable; search: { kind: 'a' | 'b'; body: string }; phantom: { id: number } }`,
    );
    try {
      expect(shapeDifferences(databaseShapes(db), declaredShapes(file))).toEqual([
        'things.name is string in the database but declared string | null',
        'things.note is string | null in the database but declared string',
        'things.size is number, generated in the database but declared number',
        'things.weight is number in the database but declared string',
        'things.added is not declared',
        'things.ghost is declared but not in the database',
        'links.a is number in the database but declared number, generated',
        'table phantom is declared but not in the database',
      ]);
    } finally {
      db.close();
    }
  });
});
