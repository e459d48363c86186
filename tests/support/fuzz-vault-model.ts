import { sql } from 'kysely';
import type { ParloirApp } from '../../electron/services/create-app';
import { defaultPreferences } from '../../shared/settings/settings.schemas';
import type { VaultDb } from '../../db/vault/vault-kysely';
import { PASSPHRASE } from './cheap-kdf';
import type { Ref, RefKind } from './contract-inputs';

const tables = {
  facility: 'facilities',
  prisoner: 'prisoners',
  stay: 'stays',
  tag: 'tags',
  member: 'members',
  template: 'label_templates',
  letter: 'letters',
  parcel: 'parcels',
  attachment: 'attachments',
  evening: 'writing_evenings',
  account: 'accounts',
  fund: 'funds',
  category: 'categories',
  donor: 'donors',
  standingOrder: 'standing_orders',
  transaction: 'transactions',
  bankLine: 'bank_lines',
  bankRule: 'bank_rules',
} as const satisfies Record<Exclude<RefKind, 'job' | 'transfer'>, string>;
type RowKind = keyof typeof tables;
const rowKinds = Object.keys(tables) as RowKind[];

/** The settings a sequence may write into the vault (settings:set), forgotten between sequences. */
const GROUP_SETTINGS = [
  'groupName',
  'groupCountry',
  'groupSender',
  'calibrations',
  'draft',
  'noLetterDays',
  'replyWindowDays',
];

/**
 * What a sequence of calls knows about the vault: the ids of the rows there now (read back after every call, so
 * it is never wrong), those it has seen go, and the print jobs it was given. Turns placeholders into ids.
 */
export class VaultModel {
  readonly #live = new Map<RowKind, number[]>();
  readonly #seen = new Map<RowKind, Set<number>>();
  readonly #jobs: string[] = [];
  /** The transfer groups in the ledger now (transfers:delete names one). */
  #transfers: string[] = [];

  async refresh(db: VaultDb): Promise<void> {
    for (const kind of rowKinds) {
      const rows = await db.selectFrom(tables[kind]).select('id').orderBy('id').execute();
      const ids = rows.map((row) => row.id);
      this.#live.set(kind, ids);
      const seen = this.#seen.get(kind) ?? new Set<number>();
      for (const id of ids) seen.add(id);
      this.#seen.set(kind, seen);
    }
    const groups = await db
      .selectFrom('transactions')
      .select('transfer_group')
      .distinct()
      .where('transfer_group', 'is not', null)
      .orderBy('transfer_group')
      .execute();
    this.#transfers = groups.map((row) => row.transfer_group as string);
  }

  noteJob(jobId: string): void {
    this.#jobs.push(jobId);
  }

  resolve(ref: Ref): unknown {
    if (ref.kind === 'job')
      return this.#jobs.length > 0 && ref.pick % 4 !== 3 ? this.#jobs[ref.pick % this.#jobs.length] : `job-${ref.pick}`;
    if (ref.kind === 'transfer')
      return this.#transfers.length > 0 && ref.pick % 8 !== 7
        ? this.#transfers[ref.pick % this.#transfers.length]
        : `00000000-0000-4000-8000-${String(ref.pick).padStart(12, '0')}`;
    const id = this.#rowId(ref.kind, ref.pick);
    return ref.kind === 'template' ? `custom:${id}` : id;
  }

  /**
   * Fourteen times in sixteen a row that exists (inputs often hold several ids, and one missing fails the call),
   * else one deleted in this sequence, or one that never existed.
   */
  #rowId(kind: RowKind, pick: number): number {
    const live = this.#live.get(kind) ?? [];
    const seen = [...(this.#seen.get(kind) ?? [])];
    const gone = seen.filter((id) => !live.includes(id));
    const next = Math.max(0, ...seen) + 1;
    const choice = pick % 16;
    if (choice === 15) return pick === 63 ? Number.MAX_SAFE_INTEGER : next + (pick % 3);
    if (choice === 14 && gone.length > 0) return gone[pick % gone.length] as number;
    return live.length > 0 ? (live[pick % live.length] as number) : next;
  }
}

/** Back to an empty, unlocked vault between sequences, without the second it takes to create one. */
export async function emptyVault(app: ParloirApp): Promise<VaultDb> {
  const vault = app.context.vault;
  if (!vault.isUnlocked) await vault.unlock('passphrase', PASSPHRASE);
  await vault.db.transaction().execute(async (trx) => {
    // The closed period first (moving it back needs a reason), so the ledger's rows can go.
    await trx
      .updateTable('ledger_lock')
      .set({ locked_through: null, reopen_reason: 'fuzz reset', changed_at: null, changed_by_member_id: null })
      .execute();
    await trx.updateTable('ledger_lock').set({ reopen_reason: null }).execute();
    // Bank lines point at transactions and accounts, rules at funds and categories: they go first.
    for (const table of ['bank_lines', 'bank_imports', 'bank_rules'] as const) await trx.deleteFrom(table).execute();
    await trx.deleteFrom('transactions').execute();
    await trx.deleteFrom('standing_orders').execute();
    for (const table of ['donors', 'funds', 'accounts'] as const) await trx.deleteFrom(table).execute();
    await trx.deleteFrom('categories').where('builtin', '=', 0).execute();
    // Archiving a built-in category stamps who did it: back to as the migration made them.
    await trx
      .updateTable('categories')
      .set({ archived: 0, created_at: null, updated_at: null, created_by_member_id: null, updated_by_member_id: null })
      .execute();
    // Children first: the foreign keys would refuse the other order.
    for (const table of [
      'attachments',
      'letter_tags',
      'letters',
      'prisoner_tags',
      'parcel_items',
      'parcels',
      'stays',
      'prisoners',
      'facilities',
      'tags',
      'members',
      'label_templates',
      'writing_evenings',
    ] as const) {
      await trx.deleteFrom(table).execute();
    }
    await sql`delete from search_index`.execute(trx);
    await sql`delete from search_rows`.execute(trx);
    await trx.deleteFrom('settings').where('key', 'in', GROUP_SETTINGS).execute();
  });
  app.context.preferences.set(defaultPreferences);
  return vault.db;
}
