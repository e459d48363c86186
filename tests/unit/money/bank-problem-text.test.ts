import { describe, expect, it } from 'vitest';
import { bankProblemText } from '../../../shared/money/bank-problem-text';
import type { BankImportProblem } from '../../../shared/money/bank.schemas';

const base = { at: null, detail: null, blocking: true, count: null, gap: null } satisfies Omit<
  BankImportProblem,
  'code'
>;

describe('bank import problems in words', () => {
  it('says a gap with the amount missing, the two dates and the two balances, in each language', () => {
    const gap: BankImportProblem = {
      ...base,
      code: 'continuity_gap',
      gap: {
        currency: 'EUR',
        expectedMinor: 123_456,
        foundMinor: 120_000,
        differenceMinor: -3_456,
        knownOn: '2026-03-31',
        openingOn: '2026-05-01',
      },
    };
    expect(bankProblemText(gap, 'fr')).toBe(
      'Il manque 34,56\u00a0€ entre le 31 mars 2026 et le 1 mai 2026\u00a0: le compte était à 1\u202f234,56\u00a0€, le relevé s’ouvre à 1\u202f200,00\u00a0€. Importez d’abord le relevé manquant, ou acceptez l’écart.',
    );
    expect(bankProblemText(gap, 'en')).toBe(
      '€34.56 is missing between 31 March 2026 and 1 May 2026: the account stood at €1,234.56, the statement opens at €1,200.00. Import the missing statement first, or accept the gap.',
    );
  });

  it('says a reader’s problem with where and what, and counts in the singular or plural', () => {
    const reader: BankImportProblem = { ...base, code: 'coda_line_length', at: 4, detail: '127 characters' };
    expect(bankProblemText(reader, 'en')).toBe(
      'Line or entry 4: A CODA line is not 128 characters long. The file is refused. (127 characters)',
    );
    const one: BankImportProblem = { ...base, code: 'pending_entries', blocking: false, count: 1 };
    expect(bankProblemText(one, 'fr')).toBe(
      '1 écriture n’est pas encore comptabilisée par la banque. Elle n’est pas importée.',
    );
    expect(bankProblemText({ ...one, count: 3 }, 'en')).toBe(
      '3 entries are not booked by the bank yet. They are not imported.',
    );
    const currency: BankImportProblem = { ...base, code: 'account_currency', detail: 'CHF/EUR' };
    expect(bankProblemText(currency, 'fr')).toBe('Le relevé est en CHF, le compte en EUR. Choisissez le bon compte.');
  });
});
