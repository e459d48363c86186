import { ledgerFr } from './ledger.fr';
import { statementProblemsFr } from './statement-problems.fr';
import { paymentsFr } from './payments.fr';

/** The Money section's strings; the donation slips and the bank statement problems so far. */
export const moneyFr = {
  statementProblems: statementProblemsFr,
  ledger: ledgerFr,
  payments: paymentsFr,
  slips: {
    heading: 'Soutenir {{group}}',
    fund: 'Pour\u00a0: {{fund}}',
    scan: 'Scannez ce code avec l’application de votre banque, ou recopiez ces informations dans un virement.',
    swissScan: 'Payez avec l’application de votre banque en scannant le code du bulletin ci-dessous.',
    beneficiary: 'Bénéficiaire',
    iban: 'IBAN',
    bic: 'BIC',
    amount: 'Montant',
    amountFree: 'Montant de votre choix',
    reference: 'Communication à indiquer',
    // The headings of a QR-bill's payment part, in the wording of the Swiss implementation guidelines.
    swiss: {
      paymentPart: 'Section paiement',
      account: 'Compte / Payable à',
      reference: 'Référence',
      additionalInformation: 'Informations supplémentaires',
      payableBy: 'Payable par (nom/adresse)',
      currency: 'Monnaie',
      amount: 'Montant',
    },
    problems: {
      name_missing: 'Le nom du groupe manque.',
      name_too_long: 'Le nom du groupe dépasse {{max}} caractères ({{length}}).',
      iban_invalid: 'L’IBAN du compte n’est pas valide.',
      iban_not_sepa: 'Ce compte n’est pas dans la zone SEPA\u00a0: pas de code QR de virement possible.',
      bic_invalid: 'Le BIC du compte n’est pas valide.',
      amount_out_of_range: 'Le montant doit être compris entre 0,01 et 999 999 999,99.',
      purpose_invalid: 'Le code de motif doit faire quatre lettres.',
      reference_invalid: 'La référence du fonds n’est ni une référence RF ni une communication structurée valide.',
      reference_and_text: 'Une référence structurée et un texte libre ne peuvent pas aller ensemble.',
      text_too_long: 'Le texte dépasse {{max}} caractères ({{length}}).',
      information_too_long: 'L’information dépasse {{max}} caractères ({{length}}).',
      line_break: 'Un champ contient un retour à la ligne.',
      payload_too_long: 'Le code QR dépasserait {{max}} octets ({{length}}).',
      currency_unsupported: 'Les bulletins existent pour les comptes en CHF (QR-facture) et en EUR (code QR SEPA).',
      swiss_invalid: 'La QR-facture est refusée\u00a0: {{detail}}',
    },
  },
};
