/**
 * The codes the CODA reader reports in StatementProblem.code, for the import to put in words. The first three refuse
 * the whole file (no statement is returned); the others come with the statements, for the import to refuse or show.
 */
export const CODA_REFUSING_PROBLEMS = ['coda_line_length', 'coda_unknown_record', 'coda_version'] as const;

export const CODA_PROBLEMS = [
  ...CODA_REFUSING_PROBLEMS,
  /** Says where the reading stopped and after how many good records (with any refusing problem). */
  'coda_refused',
  'coda_empty',
  'coda_missing_header',
  'coda_missing_new_balance',
  'coda_missing_trailer',
  'coda_out_of_order',
  'coda_orphan_detail',
  'coda_orphan_information',
  'coda_bad_account',
  'coda_bad_amount',
  'coda_fraction_of_cent',
  'coda_bad_date',
  'coda_currency_mismatch',
  'coda_balance_mismatch',
  'coda_trailer_count',
  'coda_trailer_sum',
] as const;

export type CodaProblemCode = (typeof CODA_PROBLEMS)[number];
