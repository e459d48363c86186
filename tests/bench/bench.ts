// `npm run bench`: the figures that matter to a user, at the parameters a user gets. `--json` prints them as one
// JSON object of numbers for scripts. Each later issue appends its measurements to `measurements`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { VaultSession } from '../../db/vault/vault-session';
import { dashboardMeasurement } from './dashboard.bench';
import { kdfMeasurement } from './kdf.bench';
import { printingMeasurement } from './printing.bench';
import { registryMeasurement } from './registry.bench';
import { vaultKeysMeasurement } from './vault-keys.bench';
import { eveningsMeasurement } from './evenings.bench';
import { letterReportsMeasurement } from './letter-reports.bench';
import { encryptionOverheadMeasurement } from './encryption-overhead.bench';
import { federationMeasurement } from './federation.bench';
import { moneyMeasurement } from './money.bench';
import { bankImportMeasurement } from './bank-import.bench';
import { treasurerMeasurement } from './treasurer.bench';

interface Figure {
  key: string;
  label: string;
  value: number;
  unit: 'ms' | 'MB' | '×';
}

interface Measurement {
  name: string;
  run(workDir: string): Promise<Figure[]>;
}

const REPEATS = 5;
// A passphrase create() accepts; the bench measures the key derivation, not what is typed.
const PASSPHRASE = 'orange tabouret velours 1987 marée';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

const unlock: Measurement = {
  name: `unlock at the default Argon2id cost (median of ${REPEATS})`,
  async run(workDir) {
    const vault = new VaultSession({ dataDir: path.join(workDir, 'unlock') });
    await vault.create(PASSPHRASE);
    await vault.lock();
    // The first unlock of the day also writes the automatic backup; the timings below exclude it by construction.
    const kdf: number[] = [];
    const open: number[] = [];
    for (let i = 0; i < REPEATS; i += 1) {
      const { timings } = await vault.unlock('passphrase', PASSPHRASE);
      await vault.lock();
      kdf.push(timings.kdfMs);
      open.push(timings.openMs);
    }
    return [
      {
        key: 'unlock_kdf_ms',
        label: 'key derivation (Argon2id, 256 MiB, 3 passes)',
        value: round(median(kdf)),
        unit: 'ms',
      },
      {
        key: 'unlock_open_ms',
        label: 'open, pragma checks, quick_check, first query',
        value: round(median(open)),
        unit: 'ms',
      },
    ];
  },
};

const measurements: Measurement[] = [
  unlock,
  registryMeasurement,
  dashboardMeasurement,
  printingMeasurement,
  kdfMeasurement,
  vaultKeysMeasurement,
  eveningsMeasurement,
  letterReportsMeasurement,
  encryptionOverheadMeasurement,
  federationMeasurement,
  moneyMeasurement,
  bankImportMeasurement,
  treasurerMeasurement,
];

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parloir-bench-'));
  const figures: Figure[] = [];
  try {
    for (const measurement of measurements) {
      const results = await measurement.run(workDir);
      figures.push(...results);
      if (!json) {
        console.log(measurement.name);
        for (const figure of results) console.log(`  ${figure.label}: ${figure.value} ${figure.unit}  [${figure.key}]`);
      }
    }
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  if (json) console.log(JSON.stringify(Object.fromEntries(figures.map((f) => [f.key, f.value]))));
}

await main();
