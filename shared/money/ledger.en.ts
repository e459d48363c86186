import type { ledgerFr } from './ledger.fr';

/** The ledger's words in English: the same keys as ledger.fr.ts. */
export const ledgerEn: typeof ledgerFr = {
  categories: {
    donation: 'Donations',
    membership_fee: 'Membership fees',
    benefit_event: 'Benefit events',
    sale_of_material: 'Sale of material',
    grant: 'Grants',
    other_income: 'Other income',
    payment_to_prisoner: 'Payments to prisoners',
    postage: 'Postage',
    parcel_contents: 'Parcel contents',
    printing: 'Printing',
    legal: 'Legal costs',
    travel: 'Travel',
    bank_fees: 'Bank fees',
    other_expense: 'Other expenses',
  },
  referenceSchemes: {
    be: 'Belgian structured communication (+++…+++)',
    rf: 'RF creditor reference (ISO 11649)',
    qrr: 'Swiss QR reference (CHF account with a QR-IBAN)',
  },
};
