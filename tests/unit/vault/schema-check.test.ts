import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { describe, expect, it } from 'vitest';
import { migrations as shipped } from '../../../db/migrations';
import { readArchive, writeArchive } from '../../../db/vault/backup-archive';
import { verifyDatabaseFile } from '../../../db/vault/backup';
import { createVaultDatabase, openVaultDatabase, readPragma } from '../../../db/vault/open-database';
import { expectedSchema } from '../../../db/vault/schema-check';
import { createKysely, migrateToLatest } from '../../../db/vault/vault-kysely';
import { isDamageCode } from '../../../renderer/screens/vault/damage-codes';
import { PASSPHRASE } from '../../support/cheap-kdf';
import { hashTree } from '../../support/file-hashes';
import { tempDir } from '../../support/temp-dir';
import { databaseKey, lockedVault, rawConnection, session } from '../../support/vault-fixture';

/** Changes a locked vault with a plain keyed connection, the way someone holding the key could. */
async function tamper(dir: string, statements: string): Promise<void> {
  const db = rawConnection(path.join(dir, 'vault.db'), await databaseKey(dir));
  try {
    db.exec(statements);
  } finally {
    db.close();
  }
}

const REWRITE_ADDRESSES = `CREATE TRIGGER facilities_keep_in_touch AFTER INSERT ON facilities
  BEGIN UPDATE facilities SET street = '1 rue du Guet-apens', city = 'Ailleurs' WHERE id = new.id; END`;

const tamperings: [string, string][] = [
  ['a trigger that rewrites every new address', REWRITE_ADDRESSES],
  ['a view', 'CREATE VIEW everyone AS SELECT family_name, given_names FROM prisoners'],
  ['a table', 'CREATE TABLE exfiltrate (id INTEGER PRIMARY KEY, payload TEXT)'],
  ['an index', 'CREATE INDEX prisoners_by_birth ON prisoners (date_of_birth)'],
  ['a column added to a table', 'ALTER TABLE members ADD COLUMN phone TEXT'],
  [
    'a trigger of the app replaced by another body',
    `DROP TRIGGER stays_no_overlap_insert;
    CREATE TRIGGER stays_no_overlap_insert BEFORE INSERT ON stays BEGIN SELECT 1; END`,
  ],
  ['an index of the app removed', 'DROP INDEX stays_one_open'],
  [
    'a migration history that claims an older schema',
    `DELETE FROM kysely_migration WHERE name = '${Object.keys(shipped).sort().at(-1)}'`,
  ],
  ['a migration history with a hole', `DELETE FROM kysely_migration WHERE name = '2026-11-26-002-registry'`],
  [
    'the migration history replaced by a view',
    `ALTER TABLE kysely_migration RENAME TO old_history;
    CREATE VIEW kysely_migration AS SELECT name, timestamp FROM old_history`,
  ],
];

describe('a vault holds exactly the schema its migrations build', () => {
  it.each(tamperings)(
    'refuses to open a vault with %s: VAULT_SCHEMA_UNEXPECTED, every file untouched',
    async (_name, statements) => {
      const dir = tempDir();
      await lockedVault(dir);
      await tamper(dir, statements);
      const before = hashTree(dir);
      const vault = session(dir);
      await expect(vault.unlock('passphrase', PASSPHRASE)).rejects.toMatchObject({ code: 'VAULT_SCHEMA_UNEXPECTED' });
      expect(vault.isUnlocked).toBe(false);
      expect(hashTree(dir)).toEqual(before);
    },
  );

  it('the damaged screen (with its restore button) is what the interface shows for it', () => {
    expect(isDamageCode('VAULT_SCHEMA_UNEXPECTED')).toBe(true);
  });

  it('opens a vault left as created, with trusted_schema off on the connection', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    const vault = session(dir);
    await vault.unlock('passphrase', PASSPHRASE);
    const { rows } = await sql<{ trusted_schema: number }>`PRAGMA trusted_schema`.execute(vault.db);
    expect(rows[0]?.trusted_schema).toBe(0);
    await vault.lock();
    const created = createVaultDatabase(path.join(tempDir(), 'new.db'), await databaseKey(dir));
    expect(readPragma(created, 'trusted_schema')).toBe(0);
    created.close();
  });

  it('tolerates the statistics tables ANALYZE adds (the standard-tools recipe may run it)', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    await tamper(dir, 'ANALYZE');
    const vault = session(dir);
    await vault.unlock('passphrase', PASSPHRASE);
    await vault.lock();
  });

  it('opens a vault from an older version (fewer migrations) and migrates it', async () => {
    const dir = tempDir();
    const older = Object.fromEntries(Object.entries(shipped).slice(0, 2));
    await lockedVault(dir, { migrations: older });
    const vault = session(dir);
    const result = await vault.unlock('passphrase', PASSPHRASE);
    expect(result.migrationsApplied).toBe(Object.keys(shipped).length - 2);
    await vault.lock();
    await vault.unlock('passphrase', PASSPHRASE);
    await vault.lock();
  });

  it('checks a vault with migrations this build does not ship against the schema of the list it is given', async () => {
    const addNotes: Migration = {
      up: async (db: Kysely<unknown>) => {
        await db.schema
          .createTable('future_notes')
          .addColumn('id', 'integer', (c) => c.primaryKey())
          .execute();
      },
    };
    const longer = { ...shipped, '2099-01-01-001-notes': addNotes };
    const file = path.join(tempDir(), 'vault.db');
    const key = crypto.randomBytes(32);
    const db = createKysely(createVaultDatabase(file, key));
    await migrateToLatest(db, longer);
    await db.destroy();
    const known = Object.keys(longer);
    openVaultDatabase(file, key, { knownMigrations: known, schema: await expectedSchema(longer) }).close();
    // Without its schema the check cannot know what that migration builds: a plain error, never a silent pass.
    const thisBuild = await expectedSchema();
    expect(() => openVaultDatabase(file, key, { knownMigrations: known, schema: thisBuild })).toThrow(
      /No expected schema/,
    );
  });

  it('refuses a backup whose database carries a trigger: BACKUP_INVALID at restore, the current vault untouched', async () => {
    const dir = tempDir();
    const vault = session(dir);
    await vault.create(PASSPHRASE);
    const genuine = path.join(tempDir(), 'genuine.parloir-backup');
    await vault.backupTo(genuine);
    await vault.lock();

    const unpacked = tempDir();
    const contents = await readArchive(genuine, unpacked);
    const database = path.join(unpacked, 'vault.db');
    const key = await databaseKey(dir);
    const raw = rawConnection(database, key);
    raw.exec(REWRITE_ADDRESSES);
    raw.close();
    const thisBuild = await expectedSchema();
    expect(() => verifyDatabaseFile(database, key, null, undefined, thisBuild)).toThrow(/unexpected trigger/);
    const hostile = path.join(tempDir(), 'hostile.parloir-backup');
    await writeArchive(hostile, { manifest: contents.manifest, keyslots: contents.keyslotsText, database });

    const before = hashTree(dir);
    await expect(vault.restore(hostile, 'passphrase', PASSPHRASE)).rejects.toMatchObject({ code: 'BACKUP_INVALID' });
    expect(vault.isUnlocked).toBe(false);
    expect(hashTree(dir)).toEqual(before);
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
    await vault.unlock('passphrase', PASSPHRASE);
    await vault.lock();
  });
});
