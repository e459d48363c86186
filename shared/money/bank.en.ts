import type { bankFr } from './bank.fr';

export const bankEn: typeof bankFr = {
  problems: {
    file_already_imported: 'This file was already imported into this account. Nothing is imported twice.',
    account_currency: 'The statement is in {{found}}, the account in {{expected}}. Choose the right account.',
    account_iban: 'The statement is for account {{found}}, not this account ({{expected}}). Choose the right account.',
    nothing_to_import: 'The file holds no booked entry to import.',
    continuity_gap:
      '{{difference}} is missing between {{knownOn}} and {{openingOn}}: the account stood at {{expected}}, the statement opens at {{found}}. Import the missing statement first, or accept the gap.',
    in_file_duplicate_one:
      '{{count}} line of the file repeats an earlier line. Both are kept and flagged for you to judge.',
    in_file_duplicate_other:
      '{{count}} lines of the file repeat an earlier line. All are kept and flagged for you to judge.',
    pending_entries_one: '{{count}} entry is not booked by the bank yet. It is not imported.',
    pending_entries_other: '{{count}} entries are not booked by the bank yet. They are not imported.',
    before_lock_date_one: '{{count}} line is dated in a closed period. It is imported but will never be reconciled.',
    before_lock_date_other:
      '{{count}} lines are dated in a closed period. They are imported but will never be reconciled.',
    detail_total_missing:
      'The total this detail explains is not among the account’s lines. Import the camt.053 statement first.',
  },
  at: 'Line or entry {{at}}: ',
  detail: ' ({{detail}})',
  reasons: {
    amount_equal: 'Same amount',
    date_near: 'Date near',
    reference_equal: 'Same reference',
    text_names_prisoner: 'The text names the prisoner',
    payer_recognised: 'Donor recognised',
    period_missing: 'A payment is missing',
    fund_reference: 'The fund’s reference',
    rule_counterparty: 'Saved rule',
  },
};
