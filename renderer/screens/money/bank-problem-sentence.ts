import type { TFunction } from 'i18next';
import type { BankImportProblem } from '../../../shared/money/bank.schemas';
import { bankImportProblemCodes } from '../../../shared/money/bank.schemas';
import { formatMoney } from '../../../shared/parcels/money-text';
import type { Language } from '../../../shared/settings/settings.schemas';
import { formatDate } from '../../format';

const bankCodes: ReadonlySet<string> = new Set(bankImportProblemCodes);

/**
 * One problem of a bank import check in words: the import's own (money.bank.problems, with its count or the gap's
 * amounts and dates written out) or a reader's (money.statementProblems). An unknown code shows as itself rather
 * than hiding the row.
 */
export function bankProblemSentence(t: TFunction, problem: BankImportProblem, language: Language): string {
  if (!bankCodes.has(problem.code)) {
    return t(`money.statementProblems.${problem.code}`, { defaultValue: problem.code });
  }
  const gap = problem.gap;
  const money = (minor: number) => (gap ? formatMoney({ minor, currency: gap.currency }, language) : '');
  return t(`money.bank.problems.${problem.code}`, {
    defaultValue: problem.code,
    count: problem.count ?? 0,
    found: problem.detail ?? '',
    expected: problem.detail ?? '',
    ...(gap
      ? {
          difference: money(Math.abs(gap.differenceMinor)),
          expected: money(gap.expectedMinor),
          found: money(gap.foundMinor),
          knownOn: formatDate(gap.knownOn, language),
          openingOn: formatDate(gap.openingOn, language),
        }
      : {}),
  });
}
