// Registry figures on the large fixture vault (5,000 prisoners, 800 facilities, 12,000 stays, 200,000 letters, 20,000
// parcels), through dispatch as the window calls them. The vault is written once and kept under .bench-data/
// (gitignored, bench-vaults.ts): writing it takes a while.
import { createApp } from '../../electron/services/create-app';
import { testDialogs } from '../support/dialogs';
import { BENCH_VAULT_PASSPHRASE, benchVault } from './bench-vaults';
import {
  lettersListTimes,
  LETTER_STATUS_FILTERS,
  prisonerListTimes,
  prisonerPageTimes,
  quantile,
  round,
  searchTimes,
  timed,
  unlockBenchVault,
} from './vault-figures';

interface RegistryFigure {
  key: string;
  label: string;
  value: number;
  unit: 'ms';
}

// The cached vault's passphrase (the printing and key benches open the same vault).
export const LARGE_VAULT_PASSPHRASE = BENCH_VAULT_PASSPHRASE;

/** The cached large vault (bench-vaults.ts). */
export const largeVault = () => benchVault('large');

export const registryMeasurement = {
  name: 'registry on the large fixture (5,000 prisoners, 800 facilities, 12,000 stays)',
  async run(): Promise<RegistryFigure[]> {
    const app = createApp({ dataDir: await largeVault(), dialogs: testDialogs() });
    await unlockBenchVault(app);
    try {
      // Warm the page cache and the statement paths once, as a running app would have.
      await timed(app, 'prisoners:list', {});
      await timed(app, 'search:query', { text: 'a' });

      const search = await searchTimes(app);
      const page = await prisonerPageTimes(app);
      const list = await prisonerListTimes(app);
      const letters = await lettersListTimes(app);
      return [
        {
          key: 'search_p95_ms',
          label: `search as you type, p95 of ${search.length} queries (goal <= 15)`,
          value: round(quantile(search, 0.95)),
          unit: 'ms',
        },
        {
          key: 'prisoner_page_ms',
          label: `prisoner page (prisoners:get + first page of timeline:get), median of ${page.length} (goal <= 20)`,
          value: round(quantile(page, 0.5)),
          unit: 'ms',
        },
        {
          key: 'prisoner_list_ms',
          label: `first page of the prisoner list, median of ${list.length} (goal <= 20)`,
          value: round(quantile(list, 0.5)),
          unit: 'ms',
        },
        {
          key: 'letters_list_ms',
          label:
            `first page of letters:list with its count, a status filter (${LETTER_STATUS_FILTERS.length} in turn) ` +
            `and newest first, median of ${letters.length} (goal <= 20)`,
          value: round(quantile(letters, 0.5)),
          unit: 'ms',
        },
      ];
    } finally {
      await app.context.vault.lock();
    }
  },
};
