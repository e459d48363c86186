import { formatMoney } from '../parcels/money-text';
import { bankEn } from './bank.en';
import { bankFr } from './bank.fr';
import type { BankImportProblem } from './bank.schemas';
import { statementProblemsEn } from './statement-problems.en';
import { statementProblemsFr } from './statement-problems.fr';

type Language = 'fr' | 'en';
type Values = Record<string, string | number>;

const fill = (template: string, values: Values) =>
  template.replace(/\{\{(\w+)\}\}/gu, (whole, name: string) => String(values[name] ?? whole));

function dayText(day: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

function problemTemplate(problem: BankImportProblem, language: Language): string {
  const own = (language === 'fr' ? bankFr : bankEn).problems as Record<string, string>;
  const readers = (language === 'fr' ? statementProblemsFr : statementProblemsEn) as Record<string, string>;
  if (problem.count !== null) {
    // French says 0 and 1 in the singular; English only 1.
    const one = problem.count === 1 || (language === 'fr' && problem.count === 0);
    const plural = own[`${problem.code}_${one ? 'one' : 'other'}`];
    if (plural) return plural;
  }
  return own[problem.code] ?? readers[problem.code] ?? problem.code;
}

/**
 * One problem of a bank import in a sentence of the given language, with its figures (a gap's amounts and dates) and
 * where it was found. The window and the command line both say problems with it, so they never differ.
 */
export function bankProblemText(problem: BankImportProblem, language: Language): string {
  const words = language === 'fr' ? bankFr : bankEn;
  const values: Values = { count: problem.count ?? 0 };
  const { gap } = problem;
  if (gap) {
    const money = (minor: number) => formatMoney({ minor, currency: gap.currency }, language);
    Object.assign(values, {
      difference: money(Math.abs(gap.differenceMinor)),
      expected: money(gap.expectedMinor),
      found: money(gap.foundMinor),
      knownOn: dayText(gap.knownOn, language),
      openingOn: dayText(gap.openingOn, language),
    });
  } else if (problem.detail !== null && (problem.code === 'account_currency' || problem.code === 'account_iban')) {
    // detail is "found/expected" for these two.
    const [found = '', expected = ''] = problem.detail.split('/');
    Object.assign(values, { found, expected });
  }
  const sentence = fill(problemTemplate(problem, language), values);
  const where = problem.at === null ? '' : fill(words.at, { at: problem.at });
  const showDetail =
    problem.detail !== null &&
    problem.gap === null &&
    problem.code !== 'account_currency' &&
    problem.code !== 'account_iban';
  return `${where}${sentence}${showDetail ? fill(words.detail, { detail: problem.detail ?? '' }) : ''}`;
}
