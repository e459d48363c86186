import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { localToday } from '../../../shared/today';
import type { ImportMapping, importRunOutput } from '../../../shared/import-export/import-export.schemas';
import type { VaultDb } from '../../../db/vault/vault-kysely';
import { insertFacility } from '../../../db/registry/facilities.queries';
import { insertPrisoner, setPrisonerTags } from '../../../db/registry/prisoners.queries';
import type { RegistryDb } from '../../../db/registry/registry-db';
import { reindexFacilities, reindexPrisoners } from '../../../db/registry/search-index.queries';
import { insertStay } from '../../../db/registry/stays.queries';
import { insertTag } from '../../../db/registry/tags.queries';
import { loadVaultLookup, type VaultLookup } from './import-lookup';
import type { ReadyRow } from './import-validate';
import { lockWins } from './lock-wins';
import { unpackReadyRows } from './ready-rows';
import type { PlanSummary } from './import-worker-protocol';

export type ImportRunResult = z.output<typeof importRunOutput>;

/** Rows written between two turns of the event loop, so import:progress gets answered while the import runs. */
const ROWS_PER_TURN = 100;
/** Rows written between two updates of the search index (the size of its own batches). */
const ROWS_PER_INDEX = 400;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** How many problems stop an import: all of them, but vault duplicates when the user chose to skip those. */
export function blockingCount(
  plan: Pick<PlanSummary, 'problemCount' | 'inVaultCount'>,
  skipDuplicates: boolean,
): number {
  return skipDuplicates ? plan.problemCount - plan.inVaultCount : plan.problemCount;
}

function refuse(plan: PlanSummary, skipDuplicates: boolean): AppError {
  const problems = plan.problems.filter((p) => !(skipDuplicates && p.problem === 'duplicate_in_vault'));
  const lines = [...new Set(problems.map((p) => p.line))];
  const count = blockingCount(plan, skipDuplicates);
  return new AppError(
    'IMPORT_INVALID',
    `Nothing was imported: ${count} problem(s) on line(s) ${lines.slice(0, 20).join(', ')}`,
    {
      issues: problems.map((p) => ({ path: [p.line, p.field ?? 'row'], message: p.problem })),
    },
  );
}

async function writeRow(
  trx: RegistryDb,
  row: ReadyRow,
  facilityIds: Map<string, number>,
  tagIds: Map<string, number>,
  today: string,
) {
  const prisonerId = await insertPrisoner(trx, row.prisoner);
  const { facility } = row;
  if (facility) {
    const facilityId = facility.kind === 'existing' ? facility.id : facilityIds.get(facility.key);
    if (facilityId === undefined) throw new AppError('INTERNAL', 'A facility of the import was not created');
    await insertStay(trx, prisonerId, {
      facilityId,
      prisonerNumber: row.prisonerNumber,
      from: row.stayFrom ?? today,
      to: null,
      startReason: 'other',
      endReason: null,
    });
  }
  const ids = row.tagKeys.map((key) => tagIds.get(key));
  if (ids.some((id) => id === undefined)) throw new AppError('INTERNAL', 'A tag of the import was not created');
  await setPrisonerTags(trx, prisonerId, ids as number[]);
  return prisonerId;
}

/** Where an import's rows come from: the worker that read the file (ImportWorker). */
export interface ImportSource {
  plan(mapping: ImportMapping, vault: VaultLookup, keep: boolean, signal: AbortSignal): Promise<PlanSummary>;
  /** The kept plan's ready rows, packed (ready-rows.ts). */
  readyRows(signal: AbortSignal): Promise<Uint8Array[]>;
  /** Ends the source once its rows are out: the worker's memory goes before the writes begin. */
  terminate(): void;
}

export interface ImportRunOptions {
  skipDuplicates: boolean;
  today?: string;
  /** The vault's lock signal: a lock stops the import at its next step and rolls it back. */
  signal: AbortSignal;
}

/**
 * Checks the rows again against the vault as it is now, then writes them all in one transaction: the facilities and
 * tags they name, each prisoner with their open stay and tags, and the search rows. Any failure rolls everything
 * back: a group never has to find out which half of its spreadsheet got in. A lock wins over it: the transaction
 * stops at its next step (the connection may already be closed under it, which rolls back just the same).
 */
export async function runImport(
  db: VaultDb,
  source: ImportSource,
  mapping: ImportMapping,
  options: ImportRunOptions,
  report: (done: number, total: number) => void,
): Promise<ImportRunResult> {
  const { signal, skipDuplicates } = options;
  const today = options.today ?? localToday();
  return lockWins(signal, () =>
    db.transaction().execute(async (trx) => {
      const vault = await loadVaultLookup(trx);
      const plan = await source.plan(mapping, vault, true, signal);
      if (blockingCount(plan, skipDuplicates) > 0) throw refuse(plan, skipDuplicates);

      const facilityIds = new Map<string, number>();
      for (const [key, data] of plan.newFacilities) facilityIds.set(key, await insertFacility(trx, data));
      const tagIds = new Map(vault.tagIds);
      for (const [key, name] of plan.newTags) tagIds.set(key, await insertTag(trx, { name, description: null }));

      await reindexFacilities(trx, [...facilityIds.values()]);

      const total = plan.ready;
      report(0, total);
      const packed: (Uint8Array | null)[] = await source.readyRows(signal);
      source.terminate();
      let done = 0;
      let unindexed: number[] = [];
      for (const row of unpackReadyRows(packed)) {
        signal.throwIfAborted();
        unindexed.push(await writeRow(trx, row, facilityIds, tagIds, today));
        done += 1;
        // Indexed as they are written: the search index's work (and memory) comes in steps, not all at the end.
        if (unindexed.length === ROWS_PER_INDEX || done === total) {
          await reindexPrisoners(trx, unindexed);
          unindexed = [];
        }
        if (done % ROWS_PER_TURN === 0 || done === total) {
          report(done, total);
          await nextTurn();
        }
      }
      if (done !== total) throw new AppError('INTERNAL', 'The import worker gave other rows than it checked');
      signal.throwIfAborted();
      return {
        imported: total,
        skipped: plan.inVault,
        facilitiesCreated: facilityIds.size,
        tagsCreated: plan.newTags.length,
      };
    }),
  );
}
