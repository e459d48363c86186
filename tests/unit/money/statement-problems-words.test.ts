import { describe, expect, it } from 'vitest';
import { CAMT_PROBLEM_CODES } from '../../../electron/services/money/camt-problems';
import { CODA_PROBLEMS } from '../../../electron/services/money/coda-problems';
import { CSV_PROBLEM_CODES } from '../../../electron/services/money/csv-problems';
import { statementProblemsEn } from '../../../shared/money/statement-problems.en';
import { statementProblemsFr } from '../../../shared/money/statement-problems.fr';

describe('the bank statement problems in words', () => {
  it('has a French and an English sentence for every code a reader can report, and none for a code nobody reports', () => {
    const codes = new Set<string>([
      ...CAMT_PROBLEM_CODES,
      ...CODA_PROBLEMS,
      ...CSV_PROBLEM_CODES,
      'csv_profile_unknown',
    ]);
    expect(Object.keys(statementProblemsFr).sort()).toEqual([...codes].sort());
    expect(Object.keys(statementProblemsEn).sort()).toEqual([...codes].sort());
    for (const words of [statementProblemsFr, statementProblemsEn])
      for (const sentence of Object.values(words)) expect(sentence).toMatch(/^\p{Lu}.*\.$/u);
  });
});
