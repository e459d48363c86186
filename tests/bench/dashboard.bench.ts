// The home dashboard on the large fixture vault (its 200,000 letters and 20,000 parcels: correspondence-fixture.ts),
// through dispatch as the window calls it. Cold: the first call after a fresh unlock.
import { createApp, type ParloirApp } from '../../electron/services/create-app';
import { dispatch } from '../../electron/services/dispatch';
import { testDialogs } from '../support/dialogs';
import { LARGE_VAULT_PASSPHRASE, largeVault } from './registry.bench';

const COLD_REPEATS = 5;
const WARM_REPEATS = 20;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const round = (ms: number) => Math.round(ms * 10) / 10;

async function unlock(app: ParloirApp): Promise<void> {
  const result = await app.call('vault:unlock', { method: 'passphrase', secret: LARGE_VAULT_PASSPHRASE });
  if (!result.ok) throw new Error(`unlock: ${result.error.code}`);
}

async function timedDashboard(app: ParloirApp): Promise<number> {
  const started = performance.now();
  const result = await dispatch(app, 'dashboard:get', {});
  const elapsed = performance.now() - started;
  if (!result.ok) throw new Error(`dashboard:get: ${result.error.code} ${result.error.message}`);
  return elapsed;
}

export const dashboardMeasurement = {
  name: 'home dashboard on the large fixture (5,000 prisoners, 200,000 letters, 20,000 parcels)',
  async run() {
    const app = createApp({ dataDir: await largeVault(), dialogs: testDialogs() });
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < COLD_REPEATS; i += 1) {
      await unlock(app);
      cold.push(await timedDashboard(app));
      for (let j = 0; j < WARM_REPEATS / COLD_REPEATS; j += 1) warm.push(await timedDashboard(app));
      await app.context.vault.lock();
    }
    return [
      {
        key: 'dashboard_ms',
        label: `all dashboard counts, first call after a fresh unlock, median of ${COLD_REPEATS} (goal <= 50)`,
        value: round(median(cold)),
        unit: 'ms' as const,
      },
      {
        key: 'dashboard_warm_ms',
        label: `all dashboard counts, again while unlocked, median of ${WARM_REPEATS}`,
        value: round(median(warm)),
        unit: 'ms' as const,
      },
    ];
  },
};
