// Registry figures on the large fixture vault (5,000 prisoners, 800 facilities, 12,000 stays, 200,000 letters, 20,000
// parcels), through dispatch as the window calls them. The vault is written once and kept under .bench-data/
// (gitignored): writing it takes a while.
import fs from 'node:fs';
import path from 'node:path';
import { createApp, type ParloirApp } from '../../electron/services/create-app';
import { dispatch } from '../../electron/services/dispatch';
import type { Channel } from '../../shared/channels';
import type { InputOf } from '../../shared/contract';
import { VaultSession } from '../../db/vault/vault-session';
import { correspondenceSizes, writeCorrespondenceFixture } from '../fixtures/correspondence-fixture';
import { fixtureSizes, writeRegistryFixture } from '../fixtures/registry-fixture';
import { testDialogs } from '../support/dialogs';

interface RegistryFigure {
  key: string;
  label: string;
  value: number;
  unit: 'ms';
}

const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
/** Bump when the fixture's content changes, so an old cached vault is not measured by mistake. */
const FIXTURE_VERSION = 3;
// The cached vault's passphrase (the printing bench opens the same vault); it just has to be one create() accepts.
export const LARGE_VAULT_PASSPHRASE = 'orange tabouret velours 1987 marée';
const PASSPHRASE = LARGE_VAULT_PASSPHRASE;
const TYPED_NAMES = 30;
const PAGE_REPEATS = 60;
const LIST_REPEATS = 30;

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}
const round = (ms: number) => Math.round(ms * 10) / 10;

/** The cached large vault, written first into a temporary folder so an interrupted run never leaves half a vault. */
export async function largeVault(): Promise<string> {
  const dir = path.join(PROJECT_ROOT, '.bench-data', `registry-large-v${FIXTURE_VERSION}`);
  if (fs.existsSync(dir)) return dir;
  const staging = `${dir}.partial`;
  fs.rmSync(staging, { recursive: true, force: true });
  const vault = new VaultSession({ dataDir: staging });
  await vault.create(PASSPHRASE);
  try {
    await writeRegistryFixture(vault.db, fixtureSizes.large);
    await writeCorrespondenceFixture(vault.db, correspondenceSizes.large);
  } finally {
    await vault.lock();
  }
  fs.renameSync(staging, dir);
  return dir;
}

async function timed<C extends Channel>(app: ParloirApp, channel: C, input: InputOf<C>): Promise<number> {
  const started = performance.now();
  const result = await dispatch(app, channel, input);
  const elapsed = performance.now() - started;
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return elapsed;
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

export const registryMeasurement = {
  name: 'registry on the large fixture (5,000 prisoners, 800 facilities, 12,000 stays)',
  async run(): Promise<RegistryFigure[]> {
    const app = createApp({ dataDir: await largeVault(), dialogs: testDialogs() });
    const unlocked = await app.call('vault:unlock', { method: 'passphrase', secret: PASSPHRASE });
    if (!unlocked.ok) throw new Error(`unlock: ${unlocked.error.code}`);
    try {
      const ids = (await app.context.vault.db.selectFrom('prisoners').select('id').orderBy('id').execute()).map(
        (r) => r.id,
      );
      // Warm the page cache and the statement paths once, as a running app would have.
      await timed(app, 'prisoners:list', {});
      await timed(app, 'search:query', { text: 'a' });

      const search: number[] = [];
      for (const name of await namesToType(app)) {
        for (let length = 1; length <= name.length; length += 1)
          search.push(await timed(app, 'search:query', { text: name.slice(0, length) }));
      }
      const page: number[] = [];
      for (let i = 0; i < PAGE_REPEATS; i += 1) {
        page.push(await timed(app, 'prisoners:get', { id: ids[Math.floor((i * ids.length) / PAGE_REPEATS)] ?? 1 }));
      }
      const list: number[] = [];
      for (let i = 0; i < LIST_REPEATS; i += 1) list.push(await timed(app, 'prisoners:list', {}));
      return [
        {
          key: 'search_p95_ms',
          label: `search as you type, p95 of ${search.length} queries (goal <= 15)`,
          value: round(quantile(search, 0.95)),
          unit: 'ms',
        },
        {
          key: 'prisoner_page_ms',
          label: `prisoner page (prisoners:get), median of ${PAGE_REPEATS} (goal <= 20)`,
          value: round(quantile(page, 0.5)),
          unit: 'ms',
        },
        {
          key: 'prisoner_list_ms',
          label: `first page of the prisoner list, median of ${LIST_REPEATS} (goal <= 20)`,
          value: round(quantile(list, 0.5)),
          unit: 'ms',
        },
      ];
    } finally {
      await app.context.vault.lock();
    }
  },
};
