/**
 * The money domain's enumerated values, one place for the zod enums and the CHECKs of migration 016 (which keeps a
 * frozen copy: adding a value here needs a new migration that rebuilds the table).
 */
export const accountKinds = ['bank', 'postal', 'cash', 'online', 'other'] as const;
export type AccountKind = (typeof accountKinds)[number];

/** What a bank statement import keeps of a payer: the name and IBAN, an initial only, or only a keyed hash. */
export const importNameChoices = ['keep', 'initial', 'hash'] as const;
export type ImportNameChoice = (typeof importNameChoices)[number];

export const incomeCategories = [
  'donation',
  'membership_fee',
  'benefit_event',
  'sale_of_material',
  'grant',
  'other_income',
] as const;

export const expenseCategories = [
  'payment_to_prisoner',
  'postage',
  'parcel_contents',
  'printing',
  'legal',
  'travel',
  'bank_fees',
  'other_expense',
] as const;

/** The built-in categories are rows seeded by the migration, named by these keys (the UI translates them). */
export const builtinCategories = [...incomeCategories, ...expenseCategories] as const;
export type BuiltinCategory = (typeof builtinCategories)[number];

export const categoryDirections = ['income', 'expense'] as const;
export type CategoryDirection = (typeof categoryDirections)[number];

export const fundKinds = ['general', 'restricted'] as const;
export type FundKind = (typeof fundKinds)[number];

export const standingOrderRhythms = ['monthly', 'quarterly', 'yearly'] as const;
export type StandingOrderRhythm = (typeof standingOrderRhythms)[number];

/** A payment is 'ordered' when the group has asked the bank for it, 'confirmed' once a statement shows it. */
export const paymentStatuses = ['ordered', 'confirmed'] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];

/** The largest amount the ledger takes, in minor units either way: far above a group's money, far below 2^53. */
export const MAX_AMOUNT_MINOR = 10 ** 12;

// A currency's minor digits are Intl's, as the parcels' amounts already use them.
export { minorDigits } from '../parcels/money-text';

/**
 * Days a standing order's payment may take to arrive (transfer delays, weekends, the statement still to import)
 * before its missing period counts as late on the dashboard.
 */
export const STANDING_ORDER_GRACE_DAYS = 10;
