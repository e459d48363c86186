import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { ImportMapping, ImportProblem, importRunOutput } from '../../../shared/schemas/import-export.schemas';
import type { VaultDb } from '../../../db/vault/vault-kysely';
import { insertFacility } from '../../../db/registry/facilities.queries';
import { insertPrisoner, setPrisonerTags } from '../../../db/registry/prisoners.queries';
import type { RegistryDb } from '../../../db/registry/registry-db';
import { reindexFacilities, reindexPrisoners } from '../../../db/registry/search-index.queries';
import { insertStay } from '../../../db/registry/stays.queries';
import { insertTag } from '../../../db/registry/tags.queries';
import type { ParsedCsv } from './csv-parse';
import { loadVaultLookup } from './import-lookup';
import { planImport, type ImportPlan, type ReadyRow } from './import-validate';

export type ImportRunResult = z.output<typeof importRunOutput>;

/** Rows written between two turns of the event loop, so import:progress gets answered while the import runs. */
const ROWS_PER_TURN = 100;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Today in the user's time zone, as a calendar date: the start of a stay when the file gives none. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The problems that stop an import: all of them, but vault duplicates when the user chose to skip those. */
export function blockingProblems(plan: ImportPlan, skipDuplicates: boolean): ImportProblem[] {
  return plan.problems.filter((p) => !(skipDuplicates && p.problem === 'duplicate_in_vault'));
}

function refuse(problems: ImportProblem[]): AppError {
  const lines = [...new Set(problems.map((p) => p.line))];
  return new AppError('IMPORT_INVALID', `Nothing was imported: ${problems.length} problem(s) on line(s) ${lines.slice(0, 20).join(', ')}`, {
    issues: problems.map((p) => ({ path: [p.line, p.field ?? 'row'], message: p.problem })),
  });
}

async function writeRow(trx: RegistryDb, row: ReadyRow, facilityIds: Map<string, number>, tagIds: Map<string, number>, today: string) {
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

/**
 * Checks the rows again against the vault as it is now, then writes them all in one transaction: the facilities and
 * tags they name, each prisoner with their open stay and tags, and the search rows. Any failure rolls everything
 * back: a group never has to find out which half of its spreadsheet got in.
 */
export async function runImport(
  db: VaultDb,
  parsed: ParsedCsv,
  mapping: ImportMapping,
  options: { skipDuplicates: boolean; today?: string },
  report: (done: number, total: number) => void,
): Promise<ImportRunResult> {
  const today = options.today ?? localToday();
  return db.transaction().execute(async (trx) => {
    const vault = await loadVaultLookup(trx);
    const plan = planImport(parsed.rows, mapping, vault);
    const blocking = blockingProblems(plan, options.skipDuplicates);
    if (blocking.length > 0) throw refuse(blocking);

    const facilityIds = new Map<string, number>();
    for (const [key, data] of plan.newFacilities) facilityIds.set(key, await insertFacility(trx, data));
    const tagIds = new Map(vault.tagIds);
    for (const [key, name] of plan.newTags) tagIds.set(key, await insertTag(trx, { name, description: null }));

    const total = plan.ready.length;
    const prisonerIds: number[] = [];
    report(0, total);
    for (const row of plan.ready) {
      prisonerIds.push(await writeRow(trx, row, facilityIds, tagIds, today));
      if (prisonerIds.length % ROWS_PER_TURN === 0) {
        report(prisonerIds.length, total);
        await nextTurn();
      }
    }
    await reindexFacilities(trx, [...facilityIds.values()]);
    await reindexPrisoners(trx, prisonerIds);
    report(total, total);
    return {
      imported: total,
      skipped: plan.inVault.length,
      facilitiesCreated: facilityIds.size,
      tagsCreated: plan.newTags.size,
    };
  });
}
