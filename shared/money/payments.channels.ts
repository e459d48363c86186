/**
 * Channel names of money sent to a prisoner and of donation slips, and the clipboard that clears itself (an IBAN and
 * a reference naming a prisoner must not linger there).
 */
export const paymentsChannelNames = [
  'prisonerPayments:prepare',
  'prisonerPayments:record',
  'donationSlips:options',
  'donationSlips:render',
  'clipboard:copy',
] as const;
