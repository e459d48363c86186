import {
  importFields,
  importLimits,
  type ImportField,
  type ImportProblem,
} from '../../../shared/import-export/import-export.schemas';

const FIELD_ORDER = new Map<ImportField | null, number>([null, ...importFields].map((field, index) => [field, index]));

/** Problems of one line in the order of the mapping screen's fields. */
export const fieldRank = (problem: ImportProblem) => FIELD_ORDER.get(problem.field) ?? 99;

/** At most importLimits.quotedChars characters of a cell, with an ellipsis when cut (never half a character). */
export function quoteCell(text: string): string {
  if (text.length <= importLimits.quotedChars) return text;
  let cut = importLimits.quotedChars - 1;
  if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut -= 1;
  return `${text.slice(0, cut)}…`;
}

/**
 * The problems a check keeps: a file wrong on every line would otherwise hold one object per cell. Counted all,
 * listed up to the limit, each kind apart, so the blocking ones are never crowded out by rows already in the vault.
 */
export class ProblemList {
  count = 0;
  inVaultCount = 0;
  readonly #blocking: ImportProblem[] = [];
  readonly #inVault: ImportProblem[] = [];

  add(problem: ImportProblem): void {
    this.count += 1;
    const inVault = problem.problem === 'duplicate_in_vault';
    if (inVault) this.inVaultCount += 1;
    const list = inVault ? this.#inVault : this.#blocking;
    if (list.length < importLimits.listedProblems) list.push(problem);
  }

  /** Blocking problems first, then rows already in the vault to fill the list, all by line. */
  listed(): ImportProblem[] {
    const room = importLimits.listedProblems - this.#blocking.length;
    return [...this.#blocking, ...this.#inVault.slice(0, room)].sort(
      (a, b) => a.line - b.line || fieldRank(a) - fieldRank(b),
    );
  }
}
