import { AppError } from '../../../shared/errors';
import type {
  LetterDuplicateChoice,
  LetterImportMapping,
  LettersImportCheck,
} from '../../../shared/import-export/letters-transfer.schemas';
import type { Language } from '../../../shared/settings/settings.schemas';
import { insertLetter } from '../../../db/letters/letters.queries';
import { letterValues } from '../../../db/letters/letters.rows';
import { stayOnDay } from '../../../db/letters/letter-transfer.queries';
import { stayDestination } from '../../../db/registry/stay-destination.queries';
import { timestampNow } from '../../../db/registry/registry-db';
import type { VaultDb } from '../../../db/vault/vault-kysely';
import type { ImportWorker } from './import-worker-runner';
import type { LettersPlan } from './letters-import-plan';
import { loadLettersLookup } from './letters-import-lookup';
import { lockWins } from './lock-wins';

/** Letters written between two turns of the event loop, so lettersImport:progress is answered while it runs. */
const ROWS_PER_TURN = 100;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The check as the channel answers it: the letters themselves stay in the worker. */
export function checkSummary(
  plan: LettersPlan,
  mapping: LetterImportMapping,
): Omit<Extract<LettersImportCheck, { status: 'checked' }>, 'status' | 'token' | 'fileName' | 'headers'> {
  return {
    mapping,
    rows: plan.rows,
    ready: plan.readyCount,
    problems: plan.problems,
    problemCount: plan.problemCount,
    duplicates: plan.duplicates,
    duplicateLetters: plan.duplicateLetters,
    repeats: plan.repeats,
  };
}

function refuse(plan: LettersPlan): AppError {
  const lines = [...new Set(plan.problems.map((p) => p.line))];
  return new AppError(
    'IMPORT_INVALID',
    `Nothing was imported: ${plan.problemCount} problem(s), on line(s) ${lines.slice(0, 20).join(', ')}`,
    { issues: plan.problems.map((p) => ({ path: [p.line, p.field ?? 'row'], message: p.problem })) },
  );
}

function refuseDuplicates(plan: LettersPlan): AppError {
  const lines = plan.duplicateLetters.map((d) => d.line);
  return new AppError(
    'IMPORT_INVALID',
    `Nothing was imported: ${plan.duplicates} row(s) are letters already in the vault, on line(s) ${lines.slice(0, 20).join(', ')}; choose to skip them or to import them anyway`,
    { issues: plan.duplicateLetters.map((d) => ({ path: [d.line, 'row'], message: 'duplicate_in_vault' })) },
  );
}

/**
 * Checks the log again against the vault as it is now, then writes every letter in one transaction, or none: one
 * problem anywhere refuses the whole file, and so do letters the vault already has unless `duplicates` says what to
 * do with them (a letter logged since the check counts: the check run here is the one that decides). Each letter goes to the stay its prisoner was in that day (a letter out
 * by post keeps the block composed for that stay, as letters:create does); a lock rolls everything back.
 */
export async function runLettersImport(
  db: VaultDb,
  worker: ImportWorker,
  mapping: LetterImportMapping | null,
  options: { signal: AbortSignal; language: Language; duplicates: LetterDuplicateChoice | undefined },
  report: (done: number, total: number) => void,
): Promise<{ imported: number; skipped: number }> {
  const { signal, language } = options;
  return lockWins(signal, () =>
    db.transaction().execute(async (trx) => {
      const { plan } = await worker.planLetters(mapping, await loadLettersLookup(trx, signal), signal, true);
      if (plan.problemCount > 0) throw refuse(plan);
      if (plan.duplicates > 0 && options.duplicates === undefined) throw refuseDuplicates(plan);
      if (plan.ready.length !== plan.rows)
        throw new AppError('INTERNAL', 'The import worker gave fewer letters than rows');
      worker.terminate();
      const writes = options.duplicates === 'skip' ? plan.ready.filter((r) => !r.inVault) : plan.ready;
      const total = writes.length;
      report(0, total);
      const blocks = new Map<number, string[]>();
      const now = timestampNow();
      let done = 0;
      for (const { letter } of writes) {
        signal.throwIfAborted();
        const day = letter.sentOn ?? letter.writtenOn ?? letter.receivedOn ?? '';
        const stayId = await stayOnDay(trx, letter.prisonerId, day);
        let addressBlock: string[] | null = null;
        if (stayId !== null && letter.direction === 'out' && letter.channel === 'post') {
          addressBlock = blocks.get(stayId) ?? null;
          if (!addressBlock) {
            addressBlock = (await stayDestination(trx, letter.prisonerId, stayId, language))?.addressBlock ?? null;
            if (addressBlock) blocks.set(stayId, addressBlock);
          }
        }
        await insertLetter(trx, letterValues(letter, { stayId, addressBlock }, now), now);
        done += 1;
        if (done % ROWS_PER_TURN === 0 || done === total) {
          report(done, total);
          await nextTurn();
        }
      }
      signal.throwIfAborted();
      return { imported: done, skipped: plan.ready.length - done };
    }),
  );
}
