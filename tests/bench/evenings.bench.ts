// A writing evening's 40 letters saved in one transaction (evenings:logLetters) on the large fixture vault (5,000
// prisoners, 200,000 letters), through dispatch as the window calls it. Every evening and letter made here is deleted
// again, so the cached vault the other benches read stays as the fixture wrote it.
import type { OutputOf } from '../../shared/contract';
import { createApp, type ParloirApp } from '../../electron/services/create-app';
import { dispatch } from '../../electron/services/dispatch';
import { testDialogs } from '../support/dialogs';
import { LARGE_VAULT_PASSPHRASE, largeVault } from './registry.bench';

const LETTERS = 40;
const UNLOCKS = 3;
const WARM_REPEATS = 3;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const round = (ms: number) => Math.round(ms * 10) / 10;

async function unlock(app: ParloirApp): Promise<void> {
  const result = await app.call('vault:unlock', { method: 'passphrase', secret: LARGE_VAULT_PASSPHRASE });
  if (!result.ok) throw new Error(`unlock: ${result.error.code}`);
}

/** Forty people held somewhere, spread over the whole vault rather than its first pages. */
async function heldPrisoners(app: ParloirApp): Promise<number[]> {
  const rows = await app.context.vault.db
    .selectFrom('stays')
    .select('prisoner_id')
    .where('to_date', 'is', null)
    .orderBy('prisoner_id')
    .execute();
  const step = Math.max(1, Math.floor(rows.length / LETTERS));
  return Array.from({ length: LETTERS }, (_, i) => rows[(i * step) % rows.length]?.prisoner_id ?? 0);
}

/** One evening's save, timed; the evening and its letters are removed afterwards (not timed). */
async function timedEvening(app: ParloirApp, prisoners: number[], writers: number[]): Promise<number> {
  const evening = await app.invoke('evenings:create', { heldOn: '2026-12-03', place: 'Bench' });
  const rows = prisoners.map((prisonerId, i) => ({
    prisonerId,
    writerMemberId: writers.length > 0 && i % 3 === 0 ? (writers[i % writers.length] ?? null) : null,
    pages: 2,
    photos: i % 4 === 0 ? 1 : 0,
    language: 'fr',
    summary: i % 2 === 0 ? 'Nouvelles du groupe et du procès' : null,
  }));
  const started = performance.now();
  const result = await dispatch(app, 'evenings:logLetters', { eveningId: evening.id, rows, acceptWarnings: true });
  const elapsed = performance.now() - started;
  if (!result.ok) throw new Error(`evenings:logLetters: ${result.error.code} ${result.error.message}`);
  const saved = result.value as OutputOf<'evenings:logLetters'>;
  if (!saved.saved || saved.letterIds.length !== LETTERS) throw new Error('the evening was not saved');
  await app.context.vault.db.deleteFrom('letters').where('id', 'in', saved.letterIds).execute();
  await app.invoke('evenings:delete', { id: evening.id });
  return elapsed;
}

export const eveningsMeasurement = {
  name: `a writing evening's ${LETTERS} letters saved at once on the large fixture (5,000 prisoners, 200,000 letters)`,
  async run() {
    const app = createApp({ dataDir: await largeVault(), dialogs: testDialogs() });
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < UNLOCKS; i += 1) {
      await unlock(app);
      const prisoners = await heldPrisoners(app);
      const writers = (await app.invoke('members:list', {})).map((m) => m.id);
      cold.push(await timedEvening(app, prisoners, writers));
      for (let j = 0; j < WARM_REPEATS; j += 1) warm.push(await timedEvening(app, prisoners, writers));
      await app.context.vault.lock();
    }
    return [
      {
        key: 'writing_evening_save_ms',
        label: `${LETTERS} letters in one transaction, first save after a fresh unlock, median of ${UNLOCKS} (goal <= 100)`,
        value: round(median(cold)),
        unit: 'ms' as const,
      },
      {
        key: 'writing_evening_save_warm_ms',
        label: `${LETTERS} letters in one transaction, again while unlocked, median of ${UNLOCKS * WARM_REPEATS}`,
        value: round(median(warm)),
        unit: 'ms' as const,
      },
    ];
  },
};
