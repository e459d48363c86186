/** The ledger's words shared by the screens and the reports: the built-in categories, by their key. */
export const ledgerFr = {
  categories: {
    donation: 'Dons',
    membership_fee: 'Cotisations',
    benefit_event: 'Soirées de soutien',
    sale_of_material: 'Vente de matériel',
    grant: 'Subventions',
    other_income: 'Autres recettes',
    payment_to_prisoner: 'Versements aux personnes détenues',
    postage: 'Affranchissement',
    parcel_contents: 'Contenu des colis',
    printing: 'Impression',
    legal: 'Frais de justice',
    travel: 'Déplacements',
    bank_fees: 'Frais bancaires',
    other_expense: 'Autres dépenses',
  },
  referenceSchemes: {
    be: 'Communication structurée belge (+++…+++)',
    rf: 'Référence RF (ISO 11649)',
    qrr: 'Référence QR suisse (compte QR-IBAN en CHF)',
  },
};
