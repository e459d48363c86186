// What the encryption costs the dashboard and the prisoner page: the same query functions on the large vault and on a
// plain SQLite copy of it (decrypted into .bench-data/, deleted after), in one run, with the same pragmas.
// Cold is a fresh connection each time (SQLite's page cache empty, the file in the system's cache for both); warm is
// the same queries again on that connection.
import fs from 'node:fs';
import path from 'node:path';
import { dashboardCounts } from '../../db/dashboard/dashboard.queries';
import { prisonerTimeline } from '../../db/letters/timeline.queries';
import { prisonerDetail } from '../../db/registry/prisoner-detail.queries';
import { applyKey, openVaultDatabase, VAULT_CACHE_SIZE, type SqliteDatabase } from '../../db/vault/open-database';
import { expectedSchema } from '../../db/vault/schema-check';
import { SQLite } from '../../db/vault/sqlite';
import { createKysely } from '../../db/vault/vault-kysely';
import { localToday } from '../../shared/today';
import { databaseKey } from '../support/vault-fixture';
import { BENCH_DATA_DIR, BENCH_VAULT_PASSPHRASE, benchVault } from './bench-vaults';
import { median } from './vault-figures';

const REPEATS = 7;
const PAGES = 20;

/** A decrypted copy of vault.db: SQLite3MultipleCiphers removes the encryption when re-keyed with an empty key. */
function plainCopy(vaultFile: string, key: Uint8Array, target: string): void {
  fs.copyFileSync(vaultFile, target);
  if (fs.existsSync(`${vaultFile}-wal`)) fs.copyFileSync(`${vaultFile}-wal`, `${target}-wal`);
  const db = new SQLite(target, { fileMustExist: true });
  try {
    applyKey(db, key);
    db.pragma('journal_mode = DELETE'); // a re-key refuses WAL mode
    db.rekey(Buffer.alloc(0));
  } finally {
    db.close();
  }
  const check = fs.readFileSync(target).subarray(0, 15).toString('latin1');
  if (check !== 'SQLite format 3') throw new Error('The plain copy is still encrypted');
}

/** The plain copy with the vault's own pragmas (openVaultDatabase's), minus the ones only writes feel. */
function openPlain(file: string): SqliteDatabase {
  const db = new SQLite(file, { fileMustExist: true });
  db.pragma('locking_mode = EXCLUSIVE');
  // The vault reads through its write-ahead log (openVaultDatabase): the copy too, so only the encryption differs.
  db.pragma('journal_mode = WAL');
  db.pragma(`cache_size = ${VAULT_CACHE_SIZE}`);
  db.pragma('temp_store = MEMORY');
  db.pragma('foreign_keys = ON');
  return db;
}

/** The dashboard's counts, then the page of each prisoner with its timeline, as one unlock-and-browse would ask. */
async function pageQueries(sqlite: SqliteDatabase, ids: readonly number[]): Promise<number> {
  const db = createKysely(sqlite);
  const started = performance.now();
  await dashboardCounts(db, localToday());
  for (const id of ids) {
    await prisonerDetail(db, id, 'fr');
    await prisonerTimeline(db, { prisonerId: id, before: null, limit: 50 });
  }
  return performance.now() - started;
}

export const encryptionOverheadMeasurement = {
  name: `encryption overhead on the large vault: dashboard + ${PAGES} prisoner pages, encrypted / plain copy`,
  async run() {
    const dir = await benchVault('large');
    const vaultFile = path.join(dir, 'vault.db');
    const key = await databaseKey(dir, BENCH_VAULT_PASSPHRASE);
    const plainDir = fs.mkdtempSync(path.join(BENCH_DATA_DIR, 'plain-copy-'));
    const plainFile = path.join(plainDir, 'plain.db');
    try {
      plainCopy(vaultFile, key, plainFile);
      const schema = await expectedSchema();
      const openEncrypted = () => openVaultDatabase(vaultFile, key, { schema, quickCheck: false });
      const probe = openPlain(plainFile);
      const all = probe.prepare('SELECT id FROM prisoners ORDER BY id').pluck().all() as number[];
      probe.close();
      const ids = Array.from({ length: PAGES }, (_, i) => all[Math.floor((i * all.length) / PAGES)] ?? 1);
      const times = { encryptedCold: [] as number[], plainCold: [] as number[], encryptedWarm: [] as number[] };
      const plainWarm: number[] = [];
      // Alternated, so that whatever else the machine does weighs on both sides alike.
      for (let i = 0; i < REPEATS; i += 1) {
        for (const [open, cold, warm] of [
          [openEncrypted, times.encryptedCold, times.encryptedWarm],
          [() => openPlain(plainFile), times.plainCold, plainWarm],
        ] as const) {
          const sqlite = open();
          try {
            cold.push(await pageQueries(sqlite, ids));
            warm.push(await pageQueries(sqlite, ids));
          } finally {
            sqlite.close();
          }
        }
      }
      const ratio = (a: number[], b: number[]) => Math.round((median(a) / median(b)) * 100) / 100;
      return [
        {
          key: 'encryption_overhead_ratio_cold',
          label: `encrypted / plain, fresh connection, median of ${REPEATS} (goal <= 1.3)`,
          value: ratio(times.encryptedCold, times.plainCold),
          unit: '×' as const,
        },
        {
          key: 'encryption_overhead_ratio_warm',
          label: `encrypted / plain, same queries again on that connection, median of ${REPEATS} (goal <= 1.3)`,
          value: ratio(times.encryptedWarm, plainWarm),
          unit: '×' as const,
        },
        {
          key: 'encryption_overhead_cold_ms',
          label: `encrypted, fresh connection: the dashboard and ${PAGES} prisoner pages (plain: ${Math.round(median(times.plainCold))} ms)`,
          value: Math.round(median(times.encryptedCold) * 10) / 10,
          unit: 'ms' as const,
        },
      ];
    } finally {
      key.fill(0);
      fs.rmSync(plainDir, { recursive: true, force: true });
    }
  },
};
