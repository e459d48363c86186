// The treasurer's lists on the large fixture vault (100,000 ledger rows over ten years: money-fixture.ts). Cold: the
// first call after a fresh unlock, as a treasurer opening the Argent section meets it.
import { fundBalances } from '../../db/money/funds.queries';
import { listAccountTransactions } from '../../db/money/transaction-list.queries';
import { createApp, type ParloirApp } from '../../electron/services/create-app';
import { testDialogs } from '../support/dialogs';
import { LARGE_VAULT_PASSPHRASE, largeVault } from './registry.bench';

const REPEATS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const round = (ms: number) => Math.round(ms * 10) / 10;

async function unlock(app: ParloirApp): Promise<void> {
  const result = await app.call('vault:unlock', { method: 'passphrase', secret: LARGE_VAULT_PASSPHRASE });
  if (!result.ok) throw new Error(`unlock: ${result.error.code}`);
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

export const moneyMeasurement = {
  name: 'ledger on the large fixture (100,000 ledger rows, 3 accounts, 8 funds, 300 standing orders)',
  async run() {
    const app = createApp({ dataDir: await largeVault(), dialogs: testDialogs() });
    const list: number[] = [];
    const funds: number[] = [];
    for (let i = 0; i < REPEATS; i += 1) {
      await unlock(app);
      const db = app.context.vault.db;
      const account = await db.selectFrom('accounts').select('id').orderBy('id').executeTakeFirstOrThrow();
      const fund = await db
        .selectFrom('funds')
        .select('id')
        .where('kind', '=', 'restricted')
        .orderBy('id')
        .executeTakeFirstOrThrow();
      // The busiest account, one fund, the last two years: what "this fund's money" opens on.
      list.push(
        await timed(() =>
          listAccountTransactions(db, { accountId: account.id, fundId: fund.id, fromOn: '2024-12-01', limit: 50 }),
        ),
      );
      await app.context.vault.lock();
      await unlock(app);
      funds.push(await timed(() => fundBalances(app.context.vault.db)));
      await app.context.vault.lock();
    }
    return [
      {
        key: 'ledger_list_ms',
        label: `first page (50) of an account's list filtered by fund and dates, cold, median of ${REPEATS} (goal <= 20)`,
        value: round(median(list)),
        unit: 'ms' as const,
      },
      {
        key: 'fund_balances_ms',
        label: `every fund's balance per currency, cold, median of ${REPEATS} (goal <= 20)`,
        value: round(median(funds)),
        unit: 'ms' as const,
      },
    ];
  },
};
