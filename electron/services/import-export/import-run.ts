import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type {
  DuplicateChoice,
  ImportMapping,
  importRunOutput,
} from '../../../shared/import-export/import-export.schemas';
import type { VaultDb } from '../../../db/vault/vault-kysely';
import { rememberMapping } from '../../../db/settings/import-mappings.queries';
import { insertFacility } from '../../../db/registry/facilities.queries';
import { reindexFacilities, reindexPrisoners } from '../../../db/registry/search-index.queries';
import { insertTag } from '../../../db/registry/tags.queries';
import { loadVaultLookup, type VaultLookup } from './import-lookup';
import { writeRow } from './import-write';
import { lockWins } from './lock-wins';
import { unpackReadyRows } from './ready-rows';
import type { PlanSummary, SetAsideTable } from './import-worker-protocol';

export type ImportRunResult = z.output<typeof importRunOutput>;

/** Rows written between two turns of the event loop, so import:progress gets answered while the import runs. */
const ROWS_PER_TURN = 100;
/** Rows written between two updates of the search index (the size of its own batches). */
const ROWS_PER_INDEX = 400;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function refuse(plan: PlanSummary, duplicates: DuplicateChoice): AppError {
  const problems = plan.problems.filter((p) => duplicates === 'refuse' || p.problem !== 'duplicate_in_vault');
  const lines = [...new Set(problems.map((p) => p.line))];
  return new AppError(
    'IMPORT_INVALID',
    `Nothing was imported: ${plan.setAside} row(s) with a problem, on line(s) ${lines.slice(0, 20).join(', ')}`,
    { issues: problems.map((p) => ({ path: [p.line, p.field ?? 'row'], message: p.problem })) },
  );
}

/** Where an import's rows come from: the worker that read the file (ImportWorker). */
export interface ImportSource {
  plan(
    mapping: ImportMapping,
    vault: VaultLookup,
    keep: boolean,
    signal: AbortSignal,
    duplicates: DuplicateChoice,
  ): Promise<PlanSummary>;
  /** The kept plan's ready rows, packed (ready-rows.ts). */
  readyRows(signal: AbortSignal): Promise<Uint8Array[]>;
  /** The kept plan's rows set aside, whole. */
  setAsideRows(signal: AbortSignal): Promise<SetAsideTable>;
  /** Ends the source once its rows are out: the worker's memory goes before the writes begin. */
  terminate(): void;
}

export interface ImportRunOptions {
  duplicates: DuplicateChoice;
  /** False: any row with a problem refuses the whole file. True: those rows are set aside, the others imported. */
  setAside: boolean;
  /** The vault's lock signal: a lock stops the import at its next step and rolls it back. */
  signal: AbortSignal;
  /** The file's header key (import-job.ts): an import that succeeds remembers its mapping under it. */
  headerKey?: string;
}

/**
 * Checks the rows again against the vault as it is now, then writes the rows to write in one transaction: the
 * facilities and tags they name, each prisoner (new, or updated) with their stay and tags, and the search rows. Any
 * failure rolls everything back: a group never has to find out which half of its spreadsheet got in. Rows with a
 * problem refuse the whole file, unless the user chose to set them aside: then they are returned, whole, for the user
 * to save and fix. A lock wins over it: the transaction stops at its next step (the connection may already be
 * closed under it, which rolls back just the same).
 */
export async function runImport(
  db: VaultDb,
  source: ImportSource,
  mapping: ImportMapping,
  options: ImportRunOptions,
  report: (done: number, total: number) => void,
): Promise<{ result: ImportRunResult; setAside: SetAsideTable | null }> {
  const { signal, duplicates } = options;
  return lockWins(signal, () =>
    db.transaction().execute(async (trx) => {
      const vault = await loadVaultLookup(trx);
      const plan = await source.plan(mapping, vault, true, signal, duplicates);
      if (plan.setAside > 0 && !options.setAside) throw refuse(plan, duplicates);

      const facilityIds = new Map<string, number>();
      for (const [key, data] of plan.newFacilities) facilityIds.set(key, await insertFacility(trx, data));
      const tagIds = new Map(vault.tagIds);
      for (const [key, name] of plan.newTags) tagIds.set(key, await insertTag(trx, { name, description: null }));

      await reindexFacilities(trx, [...facilityIds.values()]);

      const total = plan.ready;
      report(0, total);
      const setAside = plan.setAside > 0 ? await source.setAsideRows(signal) : null;
      const packed: (Uint8Array | null)[] = await source.readyRows(signal);
      source.terminate();
      let done = 0;
      let updated = 0;
      let unindexed: number[] = [];
      for (const row of unpackReadyRows(packed)) {
        signal.throwIfAborted();
        unindexed.push(await writeRow(trx, row, facilityIds, tagIds));
        if (row.updateId !== null) updated += 1;
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
      if (options.headerKey) await rememberMapping(trx, options.headerKey, mapping);
      signal.throwIfAborted();
      return {
        result: {
          imported: total - updated,
          updated,
          skipped: plan.skipped,
          setAside: plan.setAside,
          facilitiesCreated: facilityIds.size,
          tagsCreated: plan.newTags.length,
        },
        setAside,
      };
    }),
  );
}
