// The general assembly's figures for one year on the large fixture vault (100,000 ledger rows over ten years:
// money-fixture.ts), cold: the first call after a fresh unlock, as a treasurer printing the report meets it.
import { generalAssemblyFigures } from '../../db/money/treasurer-figures';
import { createApp, type ParloirApp } from '../../electron/services/create-app';
import { localToday } from '../../shared/today';
import { testDialogs } from '../support/dialogs';
import { LARGE_VAULT_PASSPHRASE, largeVault } from './registry.bench';

const REPEATS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const round = (ms: number) => Math.round(ms * 10) / 10;

async function unlock(app: ParloirApp): Promise<void> {
  const result = await app.call('vault:unlock', { method: 'passphrase', secret: LARGE_VAULT_PASSPHRASE });
  if (!result.ok) throw new Error(`unlock: ${result.error.code}`);
}

export const treasurerMeasurement = {
  name: "treasurer's year on the large fixture (100,000 ledger rows over ten years, 300 standing orders)",
  async run() {
    const app = createApp({ dataDir: await largeVault(), dialogs: testDialogs() });
    // The last whole year of the fixture, whose rows run up to today.
    const year = Number(localToday().slice(0, 4)) - 1;
    const times: number[] = [];
    for (let i = 0; i < REPEATS; i += 1) {
      await unlock(app);
      const started = performance.now();
      const figures = await generalAssemblyFigures(app.context.vault.db, year);
      times.push(performance.now() - started);
      if (figures.categories.length === 0) throw new Error(`the fixture has no ledger rows in ${year}`);
      await app.context.vault.lock();
    }
    return [
      {
        key: 'treasurer_year_ms',
        label: `general assembly figures for ${year} (receipts and payments, accounts, funds, support, standing orders), cold, median of ${REPEATS} (goal <= 150)`,
        value: round(median(times)),
        unit: 'ms' as const,
      },
    ];
  },
};
