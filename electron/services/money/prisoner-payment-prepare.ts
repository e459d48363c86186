import type { LimitCheck, PrepareOutput, ReferenceProblemOut } from '../../../shared/money/payments.schemas';
import { qrMatrix } from '../../../shared/money/qr-matrix';
import type { MoneyLimit } from '../../../shared/registry/mail-rules.schemas';
import { mondayOf, addDays, monthOf } from '../../../shared/today';
import {
  paidToPrisoner,
  paymentAccounts,
  paymentDestination,
  paymentFunds,
} from '../../../db/money/prisoner-payments.queries';
import type { RegistryDb } from '../../../db/registry/registry-db';
import { prisonerPayment } from './prisoner-payment';

function periodOf(limit: MoneyLimit, day: string): { fromOn: string; toOn: string } {
  if (limit.period === 'month') return monthOf(day);
  const fromOn = mondayOf(day);
  return { fromOn, toOn: addDays(fromOn, 6) };
}

/** Each limit of the facility against what this prisoner was sent in the payment's week or month, with it. */
async function limitChecks(
  db: RegistryDb,
  prisonerId: number,
  limits: readonly MoneyLimit[],
  day: string,
  payment: { amountMinor: number; currency: string },
): Promise<LimitCheck[]> {
  const checks: LimitCheck[] = [];
  for (const limit of limits) {
    const period = periodOf(limit, day);
    const alreadyMinor = await paidToPrisoner(db, prisonerId, limit.currency, period);
    // Nothing is converted: a limit in another currency than the payment's counts only what was sent in its own.
    const totalMinor = alreadyMinor + (limit.currency === payment.currency ? payment.amountMinor : 0);
    checks.push({
      period: limit.period,
      ...period,
      limitMinor: limit.amountMinor,
      currency: limit.currency,
      note: limit.note,
      alreadyMinor,
      totalMinor,
      exceeded: totalMinor > limit.amountMinor,
    });
  }
  return checks;
}

const rowsOf = (matrix: readonly (readonly boolean[])[]) =>
  matrix.map((row) => row.map((dark) => (dark ? '1' : '0')).join(''));

/**
 * Everything the "send money" dialog shows for one prisoner: the facility's account and holder, the reference its
 * pattern composes (or the one problem that stops it), the EPC QR code, the limits this payment meets, and the
 * accounts and funds to choose from. It never writes; `prisonerPayments:record` does.
 */
export async function preparePrisonerPayment(
  db: RegistryDb,
  input: { prisonerId: number; amountMinor?: number | undefined; bookedOn: string },
): Promise<PrepareOutput> {
  const destination = await paymentDestination(db, input.prisonerId);
  const funds = await paymentFunds(db);
  const own = funds.find((f) => f.prisonerId === input.prisonerId);
  const general = funds.find((f) => f.kind === 'general');
  const base: PrepareOutput = {
    prisonerName: [destination.familyName, destination.givenNames].filter(Boolean).join(' '),
    facility: destination.stay ? { id: destination.stay.facilityId, name: destination.stay.facilityName } : null,
    rule: destination.stay ? destination.stay.rules.money.method : 'no_stay',
    instructions: null,
    iban: null,
    holder: null,
    currency: null,
    reference: null,
    referenceMaxLength: null,
    referenceProblem: null,
    epcPayload: null,
    qrRows: null,
    qrProblems: [],
    limits: [],
    accounts: [],
    funds,
    suggestedFundId: (own ?? general)?.id ?? null,
  };
  const money = destination.stay?.rules.money;
  if (money?.method === 'other') return { ...base, instructions: money.instructions };
  if (money?.method !== 'bank_transfer') return base;

  const rule = {
    iban: money.iban,
    holder: money.accountHolder ?? '',
    referencePattern: money.referencePattern ?? '',
    maxLength: money.referenceMaxLength,
  };
  const prisoner = {
    number: destination.stay?.prisonerNumber ?? null,
    familyName: destination.familyName,
    givenNames: destination.givenNames ?? '',
    birthDate: destination.birthDate,
  };
  const result = prisonerPayment(rule, prisoner, input.amountMinor);
  let referenceProblem: ReferenceProblemOut | null = null;
  if (money.referencePattern === null) referenceProblem = { code: 'no_pattern' };
  else if (!result.ok && result.referenceProblem) referenceProblem = result.referenceProblem;
  const reference = result.ok ? result.reference : null;
  // The EPC code carries euros only: a facility paid in another currency gets the details in words, no code.
  const euro = money.currency === 'EUR';
  const payload = euro && result.ok && referenceProblem === null ? result.payload : null;
  const qrProblems = !euro
    ? [{ code: 'currency_not_eur' }]
    : !result.ok && !result.referenceProblem
      ? result.problems.map((p) => ({ code: p.code, ...(p.max === undefined ? {} : { max: p.max, length: p.length }) }))
      : [];
  return {
    ...base,
    iban: money.iban,
    holder: money.accountHolder,
    currency: money.currency,
    reference: referenceProblem ? null : reference,
    referenceMaxLength: money.referenceMaxLength,
    referenceProblem,
    epcPayload: payload,
    qrRows: payload ? rowsOf(qrMatrix(payload, 'M')) : null,
    qrProblems,
    limits: await limitChecks(db, input.prisonerId, money.limits, input.bookedOn, {
      amountMinor: input.amountMinor ?? 0,
      currency: money.currency,
    }),
    accounts: await paymentAccounts(db, money.currency),
  };
}
