import { AppError, type ErrorCode } from '../../shared/errors';

/** The constraints the registry schema declares, by what they mean to a user. */
export type ConstraintKind = 'stay_overlap' | 'unique' | 'foreign_key' | 'check';

interface SqliteLikeError {
  code: string;
  message: string;
}

function isSqliteError(error: unknown): error is SqliteLikeError {
  return error instanceof Error && typeof (error as Partial<SqliteLikeError>).code === 'string';
}

/** Which constraint a failed statement hit, or null when the error is something else. */
export function constraintKind(error: unknown): ConstraintKind | null {
  if (!isSqliteError(error) || !error.code.startsWith('SQLITE_CONSTRAINT')) return null;
  // The overlap triggers raise 'STAY_OVERLAP'; a second open stay hits the partial unique index stays_one_open.
  if (error.message === 'STAY_OVERLAP' || error.message.includes('stays.prisoner_id')) return 'stay_overlap';
  if (error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return 'unique';
  // A delete whose cascade runs through a trigger (prisoner_attention's) reports a refused key as a trigger's error.
  if (error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || error.message === 'FOREIGN KEY constraint failed')
    return 'foreign_key';
  if (error.code === 'SQLITE_CONSTRAINT_CHECK') return 'check';
  return null;
}

/**
 * Runs `work` and turns the constraint errors listed in `meanings` into AppErrors with an English message of the
 * caller's choosing: the SQL text of the original error never leaves this function.
 */
export async function withConstraintErrors<T>(
  meanings: Partial<Record<ConstraintKind, readonly [ErrorCode, string]>>,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const kind = constraintKind(error);
    const meaning = kind ? meanings[kind] : undefined;
    if (meaning) throw new AppError(meaning[0], meaning[1], { cause: error });
    throw error;
  }
}

export const STAY_OVERLAP_MESSAGE = 'This stay overlaps another stay of the same prisoner';
