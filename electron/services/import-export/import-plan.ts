import { AppError } from '../../../shared/errors';
import type {
  DuplicateChoice,
  ImportMapping,
  ImportProblem,
  ImportRowProblem,
} from '../../../shared/import-export/import-export.schemas';
import type { CsvRow } from './csv-parse';
import type { VaultLookup } from './import-lookup';
import { fieldRank, ProblemList, quoteCell } from './import-problems';
import { evaluateRow, type Drafts, type FacilityData, type ReadyRow, type SetAsideRow } from './import-validate';

export interface ImportPlan {
  rows: number;
  /** Rows the import writes, by their index among the rows checked (the rows themselves are not kept). */
  ready: number[];
  /** Rows whose only problem is that the vault already has them (what the duplicate choice applies to). */
  inVault: number;
  /** Of those, the rows left out (choice `skip`). */
  skipped: number;
  /** Rows with a problem that stops them: the whole import, or only themselves when set aside. */
  setAside: SetAsideRow[];
  /** The first problems, those that block before rows already in the vault, by line (see listProblems). */
  problems: ImportProblem[];
  /** Every problem found, and of those the rows already in the vault. */
  problemCount: number;
  inVaultCount: number;
  /** Facilities and tags the ready rows need and the vault lacks, by folded key. */
  newFacilities: Map<string, FacilityData>;
  newTags: Map<string, string>;
  /** One of the `ready` rows, read again, as the import writes it: exactly what the check found. */
  readyRow(row: CsvRow): ReadyRow;
}

/** How a row the vault already has is settled: the person it updates, or a problem that stops it. */
function settleKnown(
  ready: ReadyRow,
  ids: readonly number[],
  duplicates: DuplicateChoice,
  vault: VaultLookup,
): { ready: ReadyRow | null; problem: ImportRowProblem | null } {
  if (duplicates !== 'update') return { ready, problem: null };
  // The oldest of them: two people under one name and number exist only when a file was imported "anyway".
  const updateId = Math.min(...ids);
  const open = vault.openStays.get(updateId);
  const { facility, stayFrom } = ready;
  const sameFacility = facility?.kind === 'existing' && facility.id === open?.facilityId;
  // A new place is a transfer from the open stay, on the file's date, which must come after that stay began.
  if (facility && open && !sameFacility && stayFrom !== null && stayFrom <= open.from)
    return { ready: null, problem: 'stay_not_after_current' };
  return { ready: { ...ready, updateId }, problem: null };
}

/**
 * Every row checked against the mapping, the shared schemas, the file itself and what the vault holds; rows the
 * vault already has are settled by `duplicates`. Only counts, the first problems, the indexes of the rows to write
 * and those set aside (with their problems' codes) are kept: a 100,000-row file is checked in little memory, and its
 * rows are read again (readyRow) when they are written.
 */
export function planImport(
  rows: Iterable<CsvRow>,
  mapping: ImportMapping,
  vault: VaultLookup,
  duplicates: DuplicateChoice = 'refuse',
): ImportPlan {
  const list = new ProblemList();
  const drafts: Drafts = { facilities: new Map(), tags: new Map() };
  const seen = new Set<string>();
  const ready: number[] = [];
  const setAside: SetAsideRow[] = [];
  let inVault = 0;
  let skipped = 0;
  let index = 0;
  // What the ready rows need that the vault lacks, in the order they first need it (the order of creation).
  const facilityKeys = new Set<string>();
  const tagKeys = new Set<string>();
  for (const row of rows) {
    const verdict = evaluateRow(row, mapping, vault, drafts);
    const { problems, familyName, duplicateKey: key } = verdict;
    if (familyName !== '' && seen.has(key))
      problems.push({
        line: row.line,
        field: 'familyName',
        problem: 'duplicate_in_file',
        value: quoteCell(familyName),
      });
    else seen.add(key);
    const known = familyName !== '' ? vault.prisonerKeys.get(key) : undefined;
    let writes: ReadyRow | null = problems.length === 0 ? verdict.ready : null;
    if (known) {
      problems.push({
        line: row.line,
        field: 'familyName',
        problem: 'duplicate_in_vault',
        value: quoteCell(familyName),
      });
      if (writes) {
        inVault += 1;
        if (duplicates === 'refuse' || duplicates === 'skip') {
          if (duplicates === 'skip') skipped += 1;
          writes = null;
        } else {
          const settled = settleKnown(writes, known, duplicates, vault);
          writes = settled.ready;
          if (settled.problem)
            problems.push({ line: row.line, field: 'stayFrom', problem: settled.problem, value: null });
        }
      }
    }
    if (writes) {
      ready.push(index);
      if (writes.facility?.kind === 'new') facilityKeys.add(writes.facility.key);
      for (const tag of writes.tagKeys) tagKeys.add(tag);
    } else if (!(known && duplicates === 'skip' && problems.length === 1)) {
      setAside.push({ index, problems: problems.map(({ field, problem }) => ({ field, problem })) });
    }
    for (const found of problems.sort((a, b) => fieldRank(a) - fieldRank(b))) list.add(found);
    index += 1;
  }
  const newFacilities = new Map<string, FacilityData>();
  for (const key of facilityKeys) {
    const draft = drafts.facilities.get(key);
    if (draft) newFacilities.set(key, draft);
  }
  const newTags = new Map<string, string>();
  for (const key of tagKeys) {
    const name = drafts.tags.get(key);
    if (name !== undefined) newTags.set(key, name);
  }
  return {
    rows: index,
    ready,
    inVault,
    skipped,
    setAside,
    problems: list.listed(),
    problemCount: list.count,
    inVaultCount: list.inVaultCount,
    newFacilities,
    newTags,
    // With the check's own drafts, a facility is settled as it was for this row (see chooseFacility).
    readyRow: (row) => {
      const verdict = evaluateRow(row, mapping, vault, drafts);
      if (!verdict.ready || verdict.problems.length > 0)
        throw new AppError('INTERNAL', `Row ${row.line} changed since it was checked`);
      const known = vault.prisonerKeys.get(verdict.duplicateKey);
      const settled = known ? settleKnown(verdict.ready, known, duplicates, vault).ready : verdict.ready;
      if (!settled) throw new AppError('INTERNAL', `Row ${row.line} changed since it was checked`);
      return settled;
    },
  };
}
