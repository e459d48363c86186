import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { describe, expect, it } from 'vitest';
import { migrations as shipped, MIGRATION_TABLE } from '../../../db/migrations';
import { readArchive } from '../../../db/vault/backup-archive';
import { setVaultSetting } from '../../../db/settings/settings.queries';
import { PASSPHRASE } from '../../support/cheap-kdf';
import { tempDir } from '../../support/temp-dir';
import { databaseKey, lockedVault, rawConnection, session } from '../../support/vault-fixture';

const addNotes: Migration = {
  up: async (db: Kysely<unknown>) => {
    await db.schema
      .createTable('future_notes')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .execute();
  },
};
const addTags: Migration = {
  up: async (db: Kysely<unknown>) => {
    await db.schema
      .createTable('future_labels')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .execute();
  },
};
const breaks: Migration = {
  up: async (db: Kysely<unknown>) => {
    await db.schema.createTable('future_half_done').addColumn('id', 'integer').execute();
    throw new Error('this migration fails halfway');
  },
};

function tablesAndHistory(file: string, key: Uint8Array): { tables: string[]; history: string[] } {
  const db = rawConnection(file, key);
  try {
    const tables = (
      db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]
    ).map((r) => r.name);
    const history = (db.prepare(`SELECT name FROM ${MIGRATION_TABLE} ORDER BY name`).all() as { name: string }[]).map(
      (r) => r.name,
    );
    return { tables, history };
  } finally {
    db.close();
  }
}

async function preMigrationBackups(dir: string): Promise<string[]> {
  const backups = path.join(dir, 'backups');
  const names = fs.existsSync(backups)
    ? fs.readdirSync(backups).filter((n) => n.startsWith('parloir-pre-migration-'))
    : [];
  for (const name of names) expect((await readArchive(path.join(backups, name))).manifest.kind).toBe('pre-migration');
  return names.map((n) => path.join(backups, n));
}

describe('migrations', () => {
  it('runs every pending migration in one transaction, after an encrypted backup of the vault as it was', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    const key = await databaseKey(dir);
    const before = tablesAndHistory(`${dir}/vault.db`, key);
    expect(await preMigrationBackups(dir)).toEqual([]);

    const vault = session(dir, {
      migrations: { ...shipped, '2099-01-01-001-notes': addNotes, '2099-01-02-001-tags': addTags },
    });
    const result = await vault.unlock('passphrase', PASSPHRASE);
    expect(result.migrationsApplied).toBe(2);
    expect(result.autoBackup).toBe('written');
    await setVaultSetting(vault.db, 'groupName', 'still writable');
    await vault.lock();

    const after = tablesAndHistory(`${dir}/vault.db`, key);
    expect(after.tables).toEqual(expect.arrayContaining(['future_notes', 'future_labels']));
    expect(after.history).toEqual([...before.history, '2099-01-01-001-notes', '2099-01-02-001-tags']);

    const [backup] = await preMigrationBackups(dir);
    expect(backup).toBeDefined();
    const extracted = tempDir();
    await readArchive(backup ?? '', extracted);
    expect(tablesAndHistory(path.join(extracted, 'vault.db'), key)).toEqual(before);
  });

  it('leaves the vault at its previous version when one migration fails, and it still opens', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    const key = await databaseKey(dir);
    const before = tablesAndHistory(`${dir}/vault.db`, key);

    const vault = session(dir, {
      migrations: { ...shipped, '2099-01-01-001-notes': addNotes, '2099-01-02-001-breaks': breaks },
    });
    await expect(vault.unlock('passphrase', PASSPHRASE)).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(vault.isUnlocked).toBe(false);
    // The first migration succeeded on its own, but it shared the transaction of the one that failed.
    expect(tablesAndHistory(`${dir}/vault.db`, key)).toEqual(before);
    expect(await preMigrationBackups(dir)).toHaveLength(1);

    const today = session(dir);
    expect((await today.unlock('passphrase', PASSPHRASE)).migrationsApplied).toBe(0);
    await today.lock();
  });

  it('takes no pre-migration backup of a brand-new vault (there is nothing in it yet)', async () => {
    const dir = tempDir();
    await lockedVault(dir, { migrations: { ...shipped, '2099-01-01-001-notes': addNotes } });
    expect(await preMigrationBackups(dir)).toEqual([]);
    expect(tablesAndHistory(`${dir}/vault.db`, await databaseKey(dir)).tables).toContain('future_notes');
  });
});
