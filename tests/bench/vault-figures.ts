// What the large and the federation benches both time on an unlocked app, through dispatch as the window calls it.
import type { ParloirApp } from '../../electron/services/create-app';
import { dispatch } from '../../electron/services/dispatch';
import type { Channel } from '../../shared/channels';
import type { InputOf } from '../../shared/contract';
import type { LetterStatus } from '../../shared/letters/letter-values';
import { BENCH_VAULT_PASSPHRASE } from './bench-vaults';

const TYPED_NAMES = 30;
const PAGE_REPEATS = 60;
const LIST_REPEATS = 30;

export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}
export const median = (values: number[]) => quantile(values, 0.5);
export const round = (ms: number) => Math.round(ms * 10) / 10;

export async function timed<C extends Channel>(app: ParloirApp, channel: C, input: InputOf<C>): Promise<number> {
  const started = performance.now();
  const result = await dispatch(app, channel, input);
  const elapsed = performance.now() - started;
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return elapsed;
}

export async function unlockBenchVault(app: ParloirApp): Promise<void> {
  const result = await app.call('vault:unlock', { method: 'passphrase', secret: BENCH_VAULT_PASSPHRASE });
  if (!result.ok) throw new Error(`unlock: ${result.error.code}`);
}

/** Prisoner ids spread evenly over the whole vault, `count` of them. */
export async function spreadPrisonerIds(app: ParloirApp, count: number): Promise<number[]> {
  const ids = (await app.context.vault.db.selectFrom('prisoners').select('id').orderBy('id').execute()).map(
    (r) => r.id,
  );
  return Array.from({ length: count }, (_, i) => ids[Math.floor((i * ids.length) / count)] ?? 1);
}

/** Names as a user types them (given names then family name), letter by letter, spread over the whole list. */
async function namesToType(app: ParloirApp): Promise<string[]> {
  const rows = await app.context.vault.db
    .selectFrom('prisoners')
    .select(['given_names', 'family_name'])
    .orderBy('id')
    .execute();
  const step = Math.floor(rows.length / TYPED_NAMES);
  return Array.from({ length: TYPED_NAMES }, (_, i) => rows[i * step])
    .filter((row) => row !== undefined)
    .map((row) => [row.given_names, row.family_name].filter(Boolean).join(' '));
}

/** Every prefix of thirty names, one letter more each time: what search-as-you-type asks. */
export async function searchTimes(app: ParloirApp): Promise<number[]> {
  const times: number[] = [];
  for (const name of await namesToType(app)) {
    for (let length = 1; length <= name.length; length += 1)
      times.push(await timed(app, 'search:query', { text: name.slice(0, length) }));
  }
  return times;
}

/** The prisoner page as it opens: the prisoner (prisoners:get) and the first page of the timeline (timeline:get). */
export async function prisonerPageTimes(app: ParloirApp, repeats = PAGE_REPEATS): Promise<number[]> {
  const times: number[] = [];
  for (const id of await spreadPrisonerIds(app, repeats)) {
    times.push((await timed(app, 'prisoners:get', { id })) + (await timed(app, 'timeline:get', { prisonerId: id })));
  }
  return times;
}

export async function prisonerListTimes(app: ParloirApp, repeats = LIST_REPEATS): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < repeats; i += 1) times.push(await timed(app, 'prisoners:list', {}));
  return times;
}

/** The status filters a user picks in the letters list, the biggest first ("sent" is most of the letters). */
export const LETTER_STATUS_FILTERS: LetterStatus[][] = [
  ['sent'],
  ['received'],
  ['acknowledged'],
  ['returned', 'withheld'],
  ['draft'],
  ['sent', 'acknowledged'],
];

/** First page of letters:list (its count included) with a status filter, newest first, each filter in turn. */
export async function lettersListTimes(app: ParloirApp, repeats = LIST_REPEATS): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < repeats; i += 1) {
    const status = LETTER_STATUS_FILTERS[i % LETTER_STATUS_FILTERS.length] ?? [];
    times.push(await timed(app, 'letters:list', { status, sort: 'dated', descending: true }));
  }
  return times;
}

/** dashboard:get, first call after a fresh unlock each time (the unlock's own time left out). */
export async function coldDashboardTimes(app: ParloirApp, repeats: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < repeats; i += 1) {
    await unlockBenchVault(app);
    try {
      times.push(await timed(app, 'dashboard:get', {}));
    } finally {
      await app.context.vault.lock();
    }
  }
  return times;
}
