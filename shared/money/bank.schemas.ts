import { z } from 'zod';
import { id, isoDate, optionalLine, requiredLine } from '../common.schemas';
import { csvProfile } from './csv-profile.schemas';
import { amountMinor, currencyCode, splitInput } from './ledger.schemas';

/**
 * The bank import and reconciliation channels (bankImport:*, bankLines:*, bankRules:*). A bank line is what the bank
 * said, minimised as the account asks; it becomes ledger money only when the treasurer accepts a proposal or creates
 * a transaction from it: nothing is matched automatically.
 */

/** A bank line is waiting (open), matched to a ledger transaction (reconciled), or set aside (ignored). */
export const bankLineStatuses = ['open', 'reconciled', 'ignored'] as const;
export type BankLineStatus = (typeof bankLineStatuses)[number];

export const bankImportLimits = {
  /** Problems listed by a check; the rest are counted. */
  listedProblems: 200,
  /** Lines one page of bankLines:list answers at most. */
  pageSize: 200,
} as const;

/** The import's own problems, beside the readers' codes (shared/money/statement-problems.*.ts). */
export const bankImportProblemCodes = [
  /** This very file (same SHA-256) was imported into this account already: refused. */
  'file_already_imported',
  /** The statement is in another currency than the account: refused. */
  'account_currency',
  /** The statement names another IBAN than the account's: refused. */
  'account_iban',
  /** The file holds no booked entry to import. */
  'nothing_to_import',
  /** The opening balance differs from the account's bank balance at that date: needs acceptGap. */
  'continuity_gap',
  /** Two lines of the file look the same (same key): both are kept, the second is flagged. Not blocking. */
  'in_file_duplicate',
  /** Entries not yet booked by the bank are left out. Not blocking. */
  'pending_entries',
  /** Lines on or before the ledger's lock date: imported, never proposed for reconciliation. Not blocking. */
  'before_lock_date',
  /** A camt.054 entry whose total is not among the account's lines: import the camt.053 first. */
  'detail_total_missing',
] as const;
export type BankImportProblemCode = (typeof bankImportProblemCodes)[number];

/** The figures of a continuity gap: the balance the account had, the one the statement opens with, both signed. */
export const continuityGap = z.strictObject({
  currency: currencyCode,
  /** The account's bank balance: its opening plus the lines imported before `openingOn`. */
  expectedMinor: z.number().int(),
  /** The statement's opening balance. */
  foundMinor: z.number().int(),
  /** found - expected: what is missing between the two dates (positive: money in not imported). */
  differenceMinor: z.number().int(),
  /** The last day the account's balance is known from: its last imported line before, else its opening date. */
  knownOn: isoDate,
  /** The statement's opening balance date. */
  openingOn: isoDate,
});
export type ContinuityGap = z.output<typeof continuityGap>;

export const bankImportProblem = z.strictObject({
  /** A reader's code (statementProblems) or one of bankImportProblemCodes. */
  code: z.string(),
  /** 1-based line (CODA, CSV) or entry number (camt); null for the whole file. */
  at: z.number().int().nullable(),
  /** What makes it concrete (a cell as written, an element), never a sentence. */
  detail: z.string().nullable(),
  /** True: the import cannot run (a gap blocks until acceptGap). False: said, and imported anyway. */
  blocking: z.boolean(),
  /** How many lines it concerns (duplicates, pending, before the lock date); null otherwise. */
  count: z.number().int().nonnegative().nullable(),
  gap: continuityGap.nullable(),
});
export type BankImportProblem = z.output<typeof bankImportProblem>;

/** Minor units per currency: never a sum across currencies. */
export const perCurrency = z.record(z.string(), z.number().int());

const token = z.string().min(1).max(128);

/**
 * Without a token: the host's dialog chooses the file (the window never names a path), which is read and checked for
 * `accountId`. With the token of a file already chosen: checked again (another account, another CSV profile).
 * A CSV is read with `profile` when given, else with the built-in profile whose header it has.
 */
export const bankImportCheckInput = z.strictObject({
  accountId: id,
  token: token.optional(),
  profile: csvProfile.optional(),
});

/** A line of the file the import leaves out (already in the account) or flags (repeats an earlier line of the file). */
export const bankImportDuplicate = z.strictObject({
  /** The entry's number in the file (1-based, across its statements). */
  at: z.number().int().positive(),
  bookedOn: isoDate,
  /** Signed: positive money in. */
  amountMinor,
  currency: currencyCode,
  /** As the account's minimisation keeps it. */
  counterparty: z.string().nullable(),
  text: z.string().nullable(),
  /** imported: the account has it already, it is left out; inFile: kept, and flagged as a repeat. */
  reason: z.enum(['imported', 'inFile']),
});
export type BankImportDuplicate = z.output<typeof bankImportDuplicate>;

export const bankImportCheckOutput = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('cancelled') }),
  z.strictObject({
    status: z.literal('checked'),
    token,
    fileName: z.string(),
    accountId: id,
    /** camt.053.001.04, camt.054.001.08, coda, csv:<profile>… */
    format: z.string(),
    /** Booked entries of the file, each counted once (a batch total, not its details). */
    entries: z.number().int().nonnegative(),
    /** Of those, lines the account does not have yet. */
    new: z.number().int().nonnegative(),
    /** Of those, lines the account already has (same bank reference, EndToEndId or content). */
    duplicates: z.number().int().nonnegative(),
    /** Lines flagged as repeating another line of the same file (kept both). */
    inFileDuplicates: z.number().int().nonnegative(),
    /** The lines counted in `duplicates` and `inFileDuplicates`, listed (at most listedProblems). */
    duplicateLines: z.array(bankImportDuplicate).max(bankImportLimits.listedProblems),
    /** The first and last booking dates of the file's booked entries. */
    from: isoDate.nullable(),
    to: isoDate.nullable(),
    /** Details (camt.054, a batch's parts) that will be linked to their total, never counted twice. */
    details: z.number().int().nonnegative(),
    credits: perCurrency,
    debits: perCurrency,
    opening: perCurrency,
    closing: perCurrency,
    problems: z.array(bankImportProblem).max(bankImportLimits.listedProblems),
    problemCount: z.number().int().nonnegative(),
    /** A blocking problem other than a gap: the run is refused whatever is accepted. */
    refused: z.boolean(),
    /** The opening balance does not follow on: the run needs acceptGap. */
    gap: z.boolean(),
  }),
]);
export type BankImportCheck = z.output<typeof bankImportCheckOutput>;
export type BankImportChecked = Extract<BankImportCheck, { status: 'checked' }>;

export const bankImportRunInput = z.strictObject({
  token,
  /** Import although the opening balance does not follow on from the account's (the gap is said in the check). */
  acceptGap: z.boolean().default(false),
  /** Keep the statement file itself inside the vault (off by default: it names every payer). */
  keepFile: z.boolean().default(false),
  byMemberId: id.nullish().transform((value) => value ?? null),
});
export const bankImportRunOutput = z.strictObject({
  importId: id,
  /** Lines written (totals and payments). */
  imported: z.number().int().nonnegative(),
  /** Details written, each linked to its total. */
  details: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
});
export const bankImportProgressInput = z.strictObject({ token });
export const bankImportProgressOutput = z.strictObject({
  state: z.enum(['idle', 'running', 'done', 'failed']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});

export const bankImportCancelInput = z.strictObject({ token });
/** False when there was no such job (already finished, dropped by a lock, never made). */
export const bankImportCancelOutput = z.strictObject({ cancelled: z.boolean() });

export const bankImportListInput = z.strictObject({ accountId: id });
export const bankImportRow = z.strictObject({
  id,
  accountId: id,
  fileName: z.string(),
  format: z.string(),
  entries: z.number().int().nonnegative(),
  imported: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  importedAt: z.string(),
  byMemberId: id.nullable(),
  /** The file itself is kept in the vault (the treasurer asked). */
  fileKept: z.boolean(),
});
export const bankImportListOutput = z.strictObject({ imports: z.array(bankImportRow) });

export const structuredReference = z.strictObject({
  kind: z.enum(['be', 'rf', 'qrr']),
  value: z.string(),
});

export const bankLine = z.strictObject({
  id,
  accountId: id,
  importId: id,
  bookedOn: isoDate,
  valueOn: isoDate.nullable(),
  /** Signed: positive money in, negative money out. */
  amountMinor,
  currency: currencyCode,
  bankReference: z.string().nullable(),
  endToEndId: z.string().nullable(),
  /** As the account's minimisation keeps it: the name, an initial, or null. */
  payerName: z.string().nullable(),
  /** Only when the account keeps IBANs. */
  payerIban: z.string().nullable(),
  /** A keyed hash of the payer's IBAN exists: the same payer can be recognised (standing orders). */
  payerKnown: z.boolean(),
  text: z.string().nullable(),
  reference: structuredReference.nullable(),
  /** Repeats an earlier line of the same file: kept, flagged for the treasurer to judge. */
  inFileDuplicate: z.boolean(),
  /** For a detail (camt.054, a batch's part): the total line it explains. */
  batchLineId: id.nullable(),
  /** For a batch total: how many details explain it. */
  detailCount: z.number().int().nonnegative(),
  status: z.enum(bankLineStatuses),
  transactionId: id.nullable(),
  /** On or before the ledger's lock date: shown, never proposed, never reconciled. */
  locked: z.boolean(),
});
export type BankLine = z.output<typeof bankLine>;

/** Newest first; `cursor` is the previous page's nextCursor. Details are listed under their total's account too. */
export const bankLinesListInput = z.strictObject({
  accountId: id,
  status: z.enum(bankLineStatuses).optional(),
  cursor: z.string().max(64).optional(),
  limit: z.number().int().min(1).max(bankImportLimits.pageSize).default(50),
});
export const bankLinesListOutput = z.strictObject({
  lines: z.array(bankLine),
  nextCursor: z.string().nullable(),
  /** Lines of the account in each status (all pages). */
  counts: z.strictObject({ open: z.number().int(), reconciled: z.number().int(), ignored: z.number().int() }),
});

/** What a proposal would do, named so bankLines:accept can be given it back. */
export const proposalChoice = z.discriminatedUnion('kind', [
  /** Confirm an 'ordered' transaction of the account (a payment to a prisoner the bank now shows). */
  z.strictObject({ kind: z.literal('ordered'), transactionId: id }),
  /** Record the standing order's payment (its fund, category donation), linked to the order. */
  z.strictObject({ kind: z.literal('standingOrder'), standingOrderId: id }),
  /** The structured reference quoted is a fund's: a donation to that fund. */
  z.strictObject({ kind: z.literal('fundReference'), fundId: id }),
  /** A rule the treasurer saved: its category and fund. */
  z.strictObject({ kind: z.literal('rule'), ruleId: id }),
]);
export type ProposalChoice = z.output<typeof proposalChoice>;

/** Why a proposal is made, each a sentence in money.bank.reasons. */
export const proposalReasons = [
  'amount_equal',
  'date_near',
  'reference_equal',
  'text_names_prisoner',
  'payer_recognised',
  'period_missing',
  'fund_reference',
  'rule_counterparty',
] as const;

export const proposal = z.strictObject({
  choice: proposalChoice,
  /** 0 to 100: higher is surer. Only an order, never applied by itself. */
  score: z.number().int().min(0).max(100),
  reasons: z.array(z.enum(proposalReasons)),
  /** What accepting writes or confirms, for the window to show. */
  categoryId: id.nullable(),
  fundId: id.nullable(),
  /** The ordered transaction's date, or the standing order's missing period start. */
  dated: isoDate.nullable(),
  /** A short label: the transaction's text, the fund's or rule's name. */
  label: z.string(),
});
export type Proposal = z.output<typeof proposal>;

export const bankLineInput = z.strictObject({ lineId: id });
export const bankLinesProposalsOutput = z.strictObject({ proposals: z.array(proposal) });

export const bankLinesAcceptInput = z.strictObject({
  lineId: id,
  proposal: proposalChoice,
  byMemberId: id.nullish().transform((value) => value ?? null),
});
export const bankLineWriteOutput = z.strictObject({ line: bankLine, transactionId: id.nullable() });

/** A new transaction from the line: its date, amount and account; the splits sum exactly to the line's amount. */
export const bankLinesCreateInput = z
  .strictObject({
    lineId: id,
    splits: z.array(splitInput).min(1).max(50),
    links: z
      .strictObject({
        prisonerId: id.nullish().transform((value) => value ?? null),
        parcelId: id.nullish().transform((value) => value ?? null),
        eveningId: id.nullish().transform((value) => value ?? null),
        standingOrderId: id.nullish().transform((value) => value ?? null),
      })
      .default({ prisonerId: null, parcelId: null, eveningId: null, standingOrderId: null }),
    /** Left out: the payer's name as the line keeps it. */
    counterparty: optionalLine(200),
    /** Left out: the line's text. */
    text: z.string().trim().max(500).optional(),
    byMemberId: id.nullish().transform((value) => value ?? null),
  })
  .refine((c) => c.splits.every((s) => s.categoryId !== null), {
    path: ['splits'],
    message: 'Each split needs a category',
  });

export const bankLinesIgnoreInput = z.strictObject({
  lineId: id,
  byMemberId: id.nullish().transform((value) => value ?? null),
});

export const bankRule = z.strictObject({
  id,
  /** As the treasurer typed it; matched folded (accents and case aside) within the payer's name and text. */
  counterparty: z.string(),
  categoryId: id,
  fundId: id,
  /** Null: for every account. */
  accountId: id.nullable(),
  createdAt: z.string(),
});
export type BankRule = z.output<typeof bankRule>;
export const bankRulesListInput = z.strictObject({ accountId: id.optional() });
export const bankRulesListOutput = z.strictObject({ rules: z.array(bankRule) });
export const bankRuleInput = z.strictObject({
  counterparty: requiredLine(200),
  categoryId: id,
  fundId: id,
  accountId: id.nullish().transform((value) => value ?? null),
  byMemberId: id.nullish().transform((value) => value ?? null),
});
export const bankRuleDeleteInput = z.strictObject({ id });
