// The fixture vaults the benches measure, each written once under .bench-data/ (gitignored) and reused: the large one
// takes about a minute, the federation one many.
import fs from 'node:fs';
import path from 'node:path';
import { VaultSession } from '../../db/vault/vault-session';
import { correspondenceSizes, writeCorrespondenceFixture } from '../fixtures/correspondence-fixture';
import { moneySizes, writeMoneyFixture } from '../fixtures/money-fixture';
import { fixtureSizes, writeRegistryFixture } from '../fixtures/registry-fixture';

/** Where the benches keep what they write (gitignored). */
export const BENCH_DATA_DIR = path.resolve(import.meta.dirname, '../../.bench-data');
/** Bump when the fixture's content changes, so an old cached vault is not measured by mistake. */
const FIXTURE_VERSIONS = { large: 4, federation: 2 } as const;
// The cached vaults' passphrase; it just has to be one create() accepts.
export const BENCH_VAULT_PASSPHRASE = 'orange tabouret velours 1987 marée';

export type BenchVaultSize = keyof typeof FIXTURE_VERSIONS;

/** The cached vault of that size, written first into a temporary folder so an interrupted run never leaves half one. */
export async function benchVault(size: BenchVaultSize): Promise<string> {
  const dir = path.join(BENCH_DATA_DIR, `registry-${size}-v${FIXTURE_VERSIONS[size]}`);
  if (fs.existsSync(dir)) return dir;
  const staging = `${dir}.partial`;
  fs.rmSync(staging, { recursive: true, force: true });
  const vault = new VaultSession({ dataDir: staging });
  await vault.create(BENCH_VAULT_PASSPHRASE);
  try {
    await writeRegistryFixture(vault.db, fixtureSizes[size]);
    await writeCorrespondenceFixture(vault.db, correspondenceSizes[size]);
    await writeMoneyFixture(vault.db, moneySizes[size]);
  } finally {
    await vault.lock();
  }
  fs.renameSync(staging, dir);
  return dir;
}
