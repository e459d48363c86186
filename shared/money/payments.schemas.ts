import { z } from 'zod';
import { id, isoDate } from '../common.schemas';
import { renderedPdf } from '../printing/printing.schemas';
import { moneyLimitPeriods } from '../registry/mail-rules.schemas';
import { MAX_AMOUNT_MINOR } from './money-values';

/** A payment or a slip's amount: integer minor units, positive (the sign is the ledger's business). */
const positiveMinor = z.number().int().positive().max(MAX_AMOUNT_MINOR);
const currency = z.string();

export const prepareInput = z.strictObject({
  prisonerId: id,
  /** The account the money leaves from: its currency decides nothing, but a different one is said. */
  accountId: id.optional(),
  /** Left out while the amount is not typed: the reference and the IBAN are shown all the same. */
  amountMinor: positiveMinor.optional(),
  /** The day the transfer is ordered: the limits count the payments of its calendar week and month. */
  bookedOn: isoDate.optional(),
});

/** Why a reference could not be made, in the codes of electron/services/money/prisoner-payment.ts. */
export const referenceProblem = z.discriminatedUnion('code', [
  z.strictObject({ code: z.literal('too_long'), length: z.number().int(), max: z.number().int() }),
  z.strictObject({ code: z.literal('missing_value'), placeholder: z.string() }),
  z.strictObject({ code: z.literal('unknown_placeholder'), placeholder: z.string() }),
  z.strictObject({ code: z.literal('unsupported_characters'), characters: z.array(z.string()) }),
  z.strictObject({ code: z.literal('empty') }),
  // The facility's rule gives no pattern: the prisoner's account cannot be named.
  z.strictObject({ code: z.literal('no_pattern') }),
]);
export type ReferenceProblemOut = z.output<typeof referenceProblem>;

/** A problem of the QR code (shared/money/epc-qr.ts codes, or `currency_not_eur`: the EPC code carries euros only). */
export const qrProblem = z.strictObject({
  code: z.string(),
  max: z.number().int().optional(),
  length: z.number().int().optional(),
});

/** One limit of the facility, as this payment would meet it. */
export const limitCheck = z.strictObject({
  period: z.enum(moneyLimitPeriods),
  /** The calendar week (Monday to Sunday) or month the payment falls in. */
  fromOn: isoDate,
  toOn: isoDate,
  limitMinor: z.number().int(),
  currency,
  note: z.string().nullable(),
  /** Payments to this prisoner already recorded in that period, in the limit's currency. */
  alreadyMinor: z.number().int(),
  /** With this payment. */
  totalMinor: z.number().int(),
  exceeded: z.boolean(),
});
export type LimitCheck = z.output<typeof limitCheck>;

export const paymentAccountChoice = z.strictObject({
  id,
  name: z.string(),
  currency,
  iban: z.string().nullable(),
});
export const paymentFundChoice = z.strictObject({
  id,
  name: z.string(),
  kind: z.string(),
  prisonerId: id.nullable(),
});

/** Where the facility stands: no stay, a stay whose facility takes no transfer (or says nothing), or a bank rule. */
export const paymentRuleState = z.enum(['no_stay', 'unknown', 'other', 'bank_transfer']);

export const prepareOutput = z.strictObject({
  prisonerName: z.string(),
  facility: z.strictObject({ id, name: z.string() }).nullable(),
  rule: paymentRuleState,
  /** The facility's own words when it takes money some other way. */
  instructions: z.string().nullable(),
  iban: z.string().nullable(),
  /** The account holder exactly as the facility gives it; null when the rule does not say. */
  holder: z.string().nullable(),
  currency: currency.nullable(),
  reference: z.string().nullable(),
  /** The longest reference the facility reads, when it says. */
  referenceMaxLength: z.number().int().nullable(),
  referenceProblem: referenceProblem.nullable(),
  /** The EPC QR payload a banking app scans, and its modules row by row ('1' dark), or why there is none. */
  epcPayload: z.string().nullable(),
  qrRows: z.array(z.string()).nullable(),
  qrProblems: z.array(qrProblem),
  limits: z.array(limitCheck),
  /** The group's open accounts in the facility's currency, cash boxes aside (a transfer leaves from a bank). */
  accounts: z.array(paymentAccountChoice),
  funds: z.array(paymentFundChoice),
  /** The fund kept for this prisoner if there is one, else the general fund. */
  suggestedFundId: id.nullable(),
});
export type PrepareOutput = z.output<typeof prepareOutput>;

export const recordInput = z.strictObject({
  prisonerId: id,
  accountId: id,
  fundId: id,
  amountMinor: positiveMinor,
  bookedOn: isoDate,
  reference: z.string().trim().min(1).max(140),
  byMemberId: id.nullish().transform((value) => value ?? null),
});
export const recordOutput = z.strictObject({ transactionId: id });

export const slipSizes = ['A4', 'A6'] as const;

export const slipOptionsInput = z.strictObject({ accountId: id });
export const slipOptionsOutput = z.strictObject({
  account: paymentAccountChoice,
  funds: z.array(z.strictObject({ id, name: z.string(), reference: z.string().nullable() })),
  standingOrders: z.array(
    z.strictObject({
      id,
      donorName: z.string().nullable(),
      fundId: id,
      amountMinor: z.number().int(),
      currency,
      reference: z.string().nullable(),
    }),
  ),
});
export type SlipOptions = z.output<typeof slipOptionsOutput>;

export const slipRenderInput = z.strictObject({
  accountId: id,
  fundId: id.optional(),
  standingOrderId: id.optional(),
  amountMinor: positiveMinor.optional(),
  size: z.enum(slipSizes),
});
export const slipProblem = z.strictObject({
  code: z.string(),
  max: z.number().int().optional(),
  length: z.number().int().optional(),
  detail: z.string().optional(),
});
export const slipRenderOutput = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('rendered'), ...renderedPdf.shape }),
  z.strictObject({ status: z.literal('problems'), problems: z.array(slipProblem) }),
]);

/** Seconds before the clipboard is emptied, if it still holds what was copied. */
export const CLIPBOARD_CLEAR_SECONDS = 30;
export const clipboardCopyInput = z.strictObject({ text: z.string().min(1).max(500) });
/** `copied` is false in a host without a clipboard (the command line). */
export const clipboardCopyOutput = z.strictObject({ copied: z.boolean(), clearAfterSeconds: z.number().int() });
