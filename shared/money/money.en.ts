import type { moneyFr } from './money.fr';
import { ledgerEn } from './ledger.en';
import { statementProblemsEn } from './statement-problems.en';
import { paymentsEn } from './payments.en';

/** The Money section in English: the same keys as money.fr.ts. */
export const moneyEn: typeof moneyFr = {
  statementProblems: statementProblemsEn,
  ledger: ledgerEn,
  payments: paymentsEn,
  slips: {
    heading: 'Support {{group}}',
    fund: 'For: {{fund}}',
    scan: 'Scan this code with your banking app, or copy these details into a transfer.',
    swissScan: 'Pay with your banking app by scanning the code on the slip below.',
    beneficiary: 'Beneficiary',
    iban: 'IBAN',
    bic: 'BIC',
    amount: 'Amount',
    amountFree: 'Amount of your choice',
    reference: 'Reference to quote',
    swiss: {
      paymentPart: 'Payment part',
      account: 'Account / Payable to',
      reference: 'Reference',
      additionalInformation: 'Additional information',
      payableBy: 'Payable by (name/address)',
      currency: 'Currency',
      amount: 'Amount',
    },
    problems: {
      name_missing: 'The group’s name is missing.',
      name_too_long: 'The group’s name is longer than {{max}} characters ({{length}}).',
      iban_invalid: 'The account’s IBAN is not valid.',
      iban_not_sepa: 'This account is outside the SEPA area: no transfer QR code is possible.',
      bic_invalid: 'The account’s BIC is not valid.',
      amount_out_of_range: 'The amount must be between 0.01 and 999,999,999.99.',
      purpose_invalid: 'The purpose code must be four letters.',
      reference_invalid: 'The fund’s reference is neither a valid RF reference nor a Belgian structured communication.',
      reference_and_text: 'A structured reference and free text cannot go together.',
      text_too_long: 'The text is longer than {{max}} characters ({{length}}).',
      information_too_long: 'The information is longer than {{max}} characters ({{length}}).',
      line_break: 'A field contains a line break.',
      payload_too_long: 'The QR code would exceed {{max}} bytes ({{length}}).',
      currency_unsupported: 'Slips exist for CHF accounts (QR-bill) and EUR accounts (SEPA QR code).',
      swiss_invalid: 'The QR-bill is refused: {{detail}}',
    },
  },
};
