import { electronicFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';
import { z } from 'zod';
import { id, isoDate, optionalLine, requiredLine } from '../common.schemas';
import {
  MAX_AMOUNT_MINOR,
  accountKinds,
  categoryDirections,
  fundKinds,
  importNameChoices,
  paymentStatuses,
  standingOrderRhythms,
} from './money-values';

/** Integer minor units (cents), signed: a float or an amount beyond 10^12 is refused before the vault sees it. */
export const amountMinor = z.number().int().min(-MAX_AMOUNT_MINOR).max(MAX_AMOUNT_MINOR);
/** A standing order's expected amount: positive. */
export const positiveAmountMinor = amountMinor.positive();
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 currency code');

/** Spaces and lower case as people copy them; stored in the electronic format (FR7630006000011234567890189). */
export const iban = z
  .string()
  .transform((value) => electronicFormatIBAN(value) ?? '')
  .refine((value) => isValidIBAN(value), 'IBAN');
export const bic = z
  .string()
  .transform((value) => value.replace(/\s/gu, '').toUpperCase())
  .refine((value) => isValidBIC(value), 'BIC');

export const accountInput = z
  .strictObject({
    kind: z.enum(accountKinds),
    name: requiredLine(100),
    currency: currencyCode,
    iban: iban.nullish().transform((value) => value ?? null),
    bic: bic.nullish().transform((value) => value ?? null),
    openingMinor: amountMinor.default(0),
    openingOn: isoDate,
    importNames: z.enum(importNameChoices).default('keep'),
  })
  .refine((a) => a.kind === 'bank' || (a.iban === null && a.bic === null), {
    path: ['iban'],
    message: 'Only a bank account has an IBAN or BIC',
  });
export type AccountInput = z.output<typeof accountInput>;

export const fundInput = z.strictObject({
  name: requiredLine(100),
  kind: z.enum(fundKinds),
  prisonerId: id.nullish().transform((value) => value ?? null),
});
export type FundInput = z.output<typeof fundInput>;

export const categoryInput = z.strictObject({
  name: requiredLine(100),
  direction: z.enum(categoryDirections),
});
export type CategoryInput = z.output<typeof categoryInput>;

export const splitInput = z.strictObject({
  /** Null only in the halves of a transfer, which move money between own accounts and earn or spend nothing. */
  categoryId: id.nullable(),
  fundId: id,
  amountMinor,
});
export type SplitInput = z.output<typeof splitInput>;

export const transactionInput = z
  .strictObject({
    accountId: id,
    bookedOn: isoDate,
    amountMinor,
    counterparty: optionalLine(200),
    text: z.string().trim().max(500).default(''),
    status: z.enum(paymentStatuses).default('confirmed'),
    prisonerId: id.nullish().transform((value) => value ?? null),
    parcelId: id.nullish().transform((value) => value ?? null),
    eveningId: id.nullish().transform((value) => value ?? null),
    standingOrderId: id.nullish().transform((value) => value ?? null),
    splits: z.array(splitInput).min(1).max(50),
  })
  .refine((t) => t.splits.reduce((sum, s) => sum + s.amountMinor, 0) === t.amountMinor, {
    path: ['splits'],
    message: 'The splits must sum exactly to the amount',
  });
export type TransactionInput = z.output<typeof transactionInput>;

/**
 * Money moved between two own accounts: out of one, into the other, as one operation. An exchange gives both amounts
 * (the accounts' currencies differ); between accounts of one currency the two amounts are equal.
 */
export const transferInput = z.strictObject({
  fromAccountId: id,
  toAccountId: id,
  bookedOn: isoDate,
  /** Leaving the first account, positive. */
  outMinor: positiveAmountMinor,
  /** Arriving in the second, positive: equal to outMinor unless the currencies differ. */
  inMinor: positiveAmountMinor,
  fundId: id,
  text: z.string().trim().max(500).default(''),
});
export type TransferInput = z.output<typeof transferInput>;

/** The closing date: rows on or before it cannot change. Moving it back needs a reason, which is kept. */
export const lockDateInput = z.strictObject({
  lockedThrough: isoDate.nullable(),
  reopenReason: optionalLine(500),
});
export type LockDateInput = z.output<typeof lockDateInput>;

export const donorInput = z
  .strictObject({
    pseudonymOrName: requiredLine(200),
    thanks: optionalLine(500),
    noThanks: z.boolean().default(false),
  })
  .refine((d) => !(d.noThanks && d.thanks !== null), { path: ['thanks'], message: 'No thanks, or how to thank' });
export type DonorInput = z.output<typeof donorInput>;

export const standingOrderInput = z
  .strictObject({
    donorId: id.nullish().transform((value) => value ?? null),
    accountId: id,
    fundId: id,
    amountMinor: positiveAmountMinor,
    currency: currencyCode,
    rhythm: z.enum(standingOrderRhythms),
    fromOn: isoDate,
    untilOn: isoDate.nullish().transform((value) => value ?? null),
    reference: optionalLine(140),
  })
  .refine((s) => s.untilOn === null || s.untilOn >= s.fromOn, { path: ['untilOn'], message: 'Ends before it starts' });
export type StandingOrderInput = z.output<typeof standingOrderInput>;
