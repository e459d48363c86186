import { z } from 'zod';
import { isoDate } from '../common.schemas';

/** The money report kinds of `print:report`, each a list beside the registry's and the correspondence's. */
export const moneyReportKinds = [
  'moneyReceipts',
  'fundBalances',
  'prisonerSupport',
  'standingOrders',
  'generalAssembly',
] as const;
export type MoneyReportKind = (typeof moneyReportKinds)[number];

const format = z.enum(['pdf', 'csv']);
const period = { format, from: isoDate, to: isoDate };
const inOrder = { message: 'The period ends before it starts', path: ['to'] };
/** The general assembly's year: a calendar year the ledger's dates can hold. */
export const reportYear = z.number().int().min(2000).max(2100);

/** The money reports' inputs, spread into printing's `reportInput` union. */
export const moneyReportInputs = [
  /** Receipts and payments by category per currency, with each account's opening and closing balance. */
  z.strictObject({ list: z.literal('moneyReceipts'), ...period }).refine((r) => r.from <= r.to, inOrder),
  /** Each fund's balance per currency at the end of `on`. */
  z.strictObject({ list: z.literal('fundBalances'), format, on: isoDate }),
  /** Money paid to and spent for each prisoner over the period, per currency. */
  z.strictObject({ list: z.literal('prisonerSupport'), ...period }).refine((r) => r.from <= r.to, inOrder),
  /** Each standing order's payments received against those expected over the period. */
  z.strictObject({ list: z.literal('standingOrders'), ...period }).refine((r) => r.from <= r.to, inOrder),
  /** One document for the general assembly: everything above for one calendar year. */
  z.strictObject({ list: z.literal('generalAssembly'), format, year: reportYear }),
] as const;
