import type { paymentsFr } from './payments.fr';

/** Paying a prisoner, the facilities' money limits and the donation slip dialog: the same keys as payments.fr.ts. */
export const paymentsEn: typeof paymentsFr = {
  send: 'Send money',
  title: 'Send money to {{name}}',
  amount: 'Amount ({{currency}})',
  account: 'From account',
  fund: 'Fund',
  date: 'Transfer date',
  recordedBy: 'Recorded by',
  nobody: '(not said)',
  facility: 'Facility',
  iban: 'Facility’s IBAN',
  holder: 'Account holder, exactly',
  holderMissing: 'not given',
  reference: 'Reference to quote',
  referenceLength: '{{length}} characters of at most {{max}}',
  copyIban: 'Copy IBAN',
  copyReference: 'Copy reference',
  copied: 'Copied. The clipboard will be emptied in {{seconds}} seconds if it still holds this text.',
  copyUnavailable: 'No clipboard here: copy the text by hand.',
  clipboardNote: 'Whatever is copied is wiped from the clipboard after 30 seconds.',
  qrLabel: 'Transfer QR code (EPC) to scan with your banking app',
  qrHint: 'Scan this code with your banking app: IBAN, holder, amount and reference are filled in.',
  record: 'Record as ordered',
  recorded: 'Payment recorded as ordered. It will be confirmed when the bank statement showing it is reconciled.',
  amountInvalid: 'Type a positive amount, for example 50 or 50.00.',
  noStay: '{{name}} has no current stay: first record where this person is held.',
  noRule:
    '{{facility}} has no bank transfer rule. On its page, choose “Transfer to the prison’s account” and fill in the IBAN, the exact account holder and the reference pattern.',
  otherRule: '{{facility}} takes money another way:',
  openFacility: 'Open the facility',
  noAccount: 'No bank account in {{currency}}: add one under Money to record this payment.',
  noFund: 'No fund: add one under Money to record this payment.',
  referenceProblems: {
    too_long:
      'The reference would be {{length}} characters; the facility reads at most {{max}}. Parloir never cuts it: check the name and the number, or ask the facility how to write it.',
    missing_value:
      'The reference needs {{placeholder}}, which this person lacks (prison number of the current stay, date of birth…).',
    unknown_placeholder: 'The facility’s reference pattern contains {{placeholder}}, which Parloir does not know.',
    unsupported_characters: 'The reference contains characters SEPA banks do not carry: {{characters}}.',
    empty: 'The composed reference is empty.',
    no_pattern: 'The facility has no reference pattern: fill it in on its page.',
  },
  qrProblems: {
    currency_not_eur:
      'A transfer QR code carries euros only, and this account is in {{currency}}: copy the details into your bank.',
    name_missing: 'The account holder is missing from the facility’s page: no QR code.',
    other: 'No QR code for this transfer ({{code}}).',
  },
  limits: {
    exceeded:
      '{{period}} limit exceeded: with this payment, {{total}} sent from {{from}} to {{to}}, for a limit of {{limit}}.',
    within: '{{period}} limit: {{total}} sent from {{from}} to {{to}} with this payment, of {{limit}}.',
    period: { week: 'Weekly', month: 'Monthly' },
    unknownOthers: 'Only the payments the group recorded are counted, not those of family or others.',
  },
  facilityForm: {
    currency: 'Account currency',
    currencyHint: 'EUR for a SEPA transfer (the only one a transfer QR code carries); CHF, PLN… otherwise.',
    limits: 'Money limits',
    limitsHint:
      'What the facility lets a prisoner receive or spend, in the account’s currency. A payment that would exceed them is warned of.',
    week: 'Limit per week',
    month: 'Limit per month',
    note: 'Note',
    noteHint: 'For example: above 200 EUR a month, a share is withheld.',
  },
  view: {
    currency: 'Currency',
    limit: { week: 'Limit per week', month: 'Limit per month' },
  },
  slip: {
    open: 'Donation slip',
    title: 'Donation slip — {{account}}',
    what: 'For',
    general: 'No particular fund or order',
    fundOption: 'Fund: {{name}}',
    orderOption: 'Standing order: {{donor}}, {{amount}}',
    anonymous: 'anonymous',
    amount: 'Amount (optional)',
    amountHint: 'Left empty, the donor chooses the amount.',
    size: 'Size',
    sizes: { A4: 'A4, slip at the foot of the page', A6: 'A6, the slip alone' },
    make: 'Prepare the slip',
    making: 'Preparing…',
    preview: 'Donation slip preview',
    problems: {
      group_address_missing:
        'A QR-bill must carry the group’s address: fill in the group’s return address in Settings.',
      account_no_iban: 'This account has no IBAN: a slip needs one.',
    },
  },
};
