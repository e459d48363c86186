// The same figures on the federation fixture (100,000 prisoners, 240,000 stays, 2,000,000 letters, 200,000 parcels),
// keys suffixed `_federation`. Writing that vault takes many minutes the first time (then it is reused from
// .bench-data/), so these run only with `npm run bench -- --federation` or PARLOIR_BENCH_FEDERATION=1.
import { createApp } from '../../electron/services/create-app';
import { testDialogs } from '../support/dialogs';
import { benchVault } from './bench-vaults';
import {
  coldDashboardTimes,
  lettersListTimes,
  median,
  prisonerPageTimes,
  quantile,
  round,
  searchTimes,
  timed,
  unlockBenchVault,
} from './vault-figures';

// Each cold dashboard needs an unlock, and the unlock's quick_check reads the whole 1.5 GB file.
const COLD_REPEATS = 3;

export const federationRequested = () =>
  process.argv.includes('--federation') || process.env.PARLOIR_BENCH_FEDERATION === '1';

export const federationMeasurement = {
  get name() {
    return federationRequested()
      ? 'federation fixture (100,000 prisoners, 2,000,000 letters, 200,000 parcels)'
      : 'federation fixture: skipped (npm run bench -- --federation)';
  },
  async run() {
    if (!federationRequested()) return [];
    const app = createApp({ dataDir: await benchVault('federation'), dialogs: testDialogs() });
    const dashboard = await coldDashboardTimes(app, COLD_REPEATS);
    await unlockBenchVault(app);
    try {
      await timed(app, 'prisoners:list', {});
      await timed(app, 'search:query', { text: 'a' });
      const search = await searchTimes(app);
      const page = await prisonerPageTimes(app);
      const letters = await lettersListTimes(app);
      const figure = (key: string, label: string, value: number) => ({
        key: `${key}_federation`,
        label,
        value: round(value),
        unit: 'ms' as const,
      });
      return [
        figure(
          'dashboard_ms',
          `all dashboard counts, first call after a fresh unlock, median of ${COLD_REPEATS} (goal <= 50)`,
          median(dashboard),
        ),
        figure(
          'prisoner_page_ms',
          `prisoner page with the first page of its timeline, median of ${page.length} (goal <= 50)`,
          median(page),
        ),
        figure(
          'letters_list_ms',
          `first page of letters:list with its count, a status filter and newest first, median of ${letters.length} (goal <= 50)`,
          median(letters),
        ),
        figure(
          'search_p95_ms',
          `search as you type, p95 of ${search.length} queries (goal <= 15)`,
          quantile(search, 0.95),
        ),
      ];
    } finally {
      await app.context.vault.lock();
    }
  },
};
