import { z } from 'zod';
import { id, isoDate } from '../common.schemas';
import {
  accountInput,
  categoryInput,
  donorInput,
  fundInput,
  lockDateInput,
  standingOrderInput,
  transactionInput,
  transferInput,
} from './ledger.schemas';
import { paymentStatuses } from './money-values';
import { paymentReferenceText, referenceKinds } from './payment-reference.schemas';

/**
 * The inputs of the money ledger's channels, built on the row inputs of ledger.schemas.ts. Every write says which
 * member records it (`byMemberId`, optional: null when nobody was chosen), kept as who created and who last changed
 * the row.
 */
export const byMemberId = id.nullish().transform((value) => value ?? null);

/** Balances at the end of a day; left out, everything recorded. */
export const asOfInput = z.strictObject({ asOf: isoDate.optional() });

/** Archived rows stay in every list (flagged), hidden only from the choices for new rows. */
export const moneyArchiveInput = z.strictObject({ id, archived: z.boolean(), byMemberId });

export const accountCreateInput = accountInput.safeExtend({ byMemberId });
/** Every field again (the form sends them all); a new currency is refused once the account has entries. */
export const accountUpdateInput = accountInput.safeExtend({ id, byMemberId });

/** A fund may carry a structured reference to quote (Belgian +++…+++, RF…, Swiss QR), typed as banks print it. */
export const fundCreateInput = fundInput.safeExtend({ reference: paymentReferenceText, byMemberId });
export const fundUpdateInput = fundCreateInput.safeExtend({ id });
/**
 * Makes a fresh reference of the scheme, unique among funds and standing orders, and stores it on the fund. A Swiss
 * QR reference is only paid to a QR-IBAN: `accountId` names that CHF account (left out, any such account will do).
 */
export const fundNewReferenceInput = z.strictObject({
  fundId: id,
  scheme: z.enum(referenceKinds),
  accountId: id.optional(),
  byMemberId,
});

export const categoryCreateInput = categoryInput.safeExtend({ byMemberId });

export const donorCreateInput = donorInput.safeExtend({ byMemberId });
export const donorUpdateInput = donorInput.safeExtend({ id, byMemberId });
/** Data minimisation: the donor row goes for good; their standing orders stay, anonymous. */
export const donorEraseInput = z.strictObject({ id });

export const standingOrderCreateInput = standingOrderInput.safeExtend({ byMemberId });
export const standingOrderUpdateInput = standingOrderInput.safeExtend({ id, byMemberId });
/** The donor stopped paying: the order ends that day and no period after it is expected. */
export const standingOrderEndInput = z.strictObject({ id, untilOn: isoDate, byMemberId });
export const standingOrderPeriodsInput = z.strictObject({ id, asOf: isoDate.optional() });

export const transactionCreateInput = transactionInput.safeExtend({ byMemberId });
export const transactionUpdateInput = transactionInput.safeExtend({ id, byMemberId });

/** One account's entries, newest first; every filter narrows, `text` looks in the text and the counterparty. */
export const transactionListInput = z.strictObject({
  accountId: id,
  fromOn: isoDate.optional(),
  toOn: isoDate.optional(),
  status: z.enum(paymentStatuses).optional(),
  prisonerId: id.optional(),
  fundId: id.optional(),
  categoryId: id.optional(),
  text: z.string().trim().max(100).optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});

export const transferCreateInput = transferInput.safeExtend({ byMemberId });
/** Both halves go together. */
export const transferDeleteInput = z.strictObject({ transferGroup: z.uuid() });

export const ledgerLockSetInput = lockDateInput.safeExtend({ byMemberId });
