/**
 * The treasurer's reports: what the Reports page shows to choose them, and what the PDF and CSV print (read by the host
 * that renders them, in the app's language). Registered as `money.reports`.
 */
export const reportsFr = {
  // The Reports page.
  kinds: {
    moneyReceipts: 'Recettes et dépenses',
    fundBalances: 'Soldes des fonds',
    prisonerSupport: 'Soutien par personne',
    standingOrders: 'Virements permanents',
    generalAssembly: 'Rapport financier de l’assemblée générale',
  },
  moneyLegend: 'Argent',
  intro: {
    moneyReceipts:
      'Par catégorie et par devise, avec le solde de chaque compte au début et à la fin de la période. Les virements entre vos comptes ne sont ni des recettes ni des dépenses\u00a0: ils sont montrés à part.',
    fundBalances: 'Le solde de chaque fonds à cette date, par devise.',
    prisonerSupport:
      'L’argent versé à chaque personne et dépensé pour elle (colis, frais de justice, visites) pendant la période, par devise.',
    standingOrders:
      'Pour chaque virement permanent\u00a0: les versements attendus pendant la période, ceux reçus, les manquants.',
    generalAssembly:
      'Un seul PDF pour l’année\u00a0: recettes et dépenses, comptes, fonds au 31\u00a0décembre, soutien par personne, virements permanents.',
  },
  on: 'Au',
  year: 'Année',
  yearInvalid: 'Une année de 2000 à 2100.',
  dateInvalid: 'Choisissez une date.',

  // What the PDF and CSV print.
  fileName: {
    moneyReceipts: 'parloir-recettes-depenses',
    fundBalances: 'parloir-soldes-fonds',
    prisonerSupport: 'parloir-soutien',
    standingOrders: 'parloir-virements-permanents',
    generalAssembly: 'parloir-rapport-financier',
  },
  title: {
    moneyReceipts: 'Recettes et dépenses',
    fundBalances: 'Soldes des fonds',
    prisonerSupport: 'Soutien aux personnes détenues',
    standingOrders: 'Virements permanents\u00a0: reçus et attendus',
    generalAssembly: 'Rapport financier {{year}}',
    generalAssemblyOf: '{{group}} — rapport financier {{year}}',
  },
  period: 'Du {{from}} au {{to}}',
  onDate: 'Au {{on}}',
  yearPeriod: 'Exercice du {{from}} au {{to}}',
  section: {
    receipts: 'Recettes et dépenses en {{currency}}',
    accounts: 'Comptes',
    funds: 'Fonds au {{on}}',
    support: 'Soutien par personne',
    standingOrders: 'Virements permanents',
  },
  notes: {
    transfers:
      'Les virements entre les comptes du groupe (et les changes) ne sont ni des recettes ni des dépenses\u00a0: ils figurent dans la colonne Virements. Aucune somme ne mêle deux devises.',
    ordered: 'Les paiements commandés que la banque n’a pas encore confirmés sont comptés.',
    support:
      'Une dépense compte pour une personne quand l’opération la nomme, ou à défaut quand son fonds est le sien.',
    standingOrders:
      'Une période attendue compte comme reçue dès qu’un versement lié à l’ordre y est enregistré, jusqu’au dernier jour du rapport.',
    empty: 'Rien sur cette période.',
  },
  columns: {
    item: 'Poste',
    amount: 'Montant',
    account: 'Compte',
    currency: 'Devise',
    opening: 'Solde initial',
    receipts: 'Recettes',
    payments: 'Dépenses',
    transfers: 'Virements',
    closing: 'Solde final',
    fund: 'Fonds',
    fundKind: 'Type',
    balance: 'Solde',
    prisoner: 'Personne',
    paid: 'Versé à la personne',
    other: 'Autres dépenses pour elle',
    total: 'Total',
    donor: 'Donateur·ice',
    order: 'Montant et rythme',
    expected: 'Attendu',
    received: 'Reçu',
    missing: 'Manquants',
  },
  rows: {
    receipts: 'Recettes',
    payments: 'Dépenses',
    receiptsTotal: 'Total des recettes',
    paymentsTotal: 'Total des dépenses',
    result: 'Résultat (recettes − dépenses)',
    currencyTotal: 'Total {{currency}}',
    noPrisoner: 'Personne non précisée',
    anonymous: 'Anonyme',
    archived: '{{name}} (archivé)',
  },
  fundKinds: { general: 'Général', restricted: 'Affecté' },
  rhythm: {
    monthly: '{{amount}} par mois',
    quarterly: '{{amount}} par trimestre',
    yearly: '{{amount}} par an',
  },
  counted: '{{count}} × = {{amount}}',
  categories: {
    donation: 'Dons',
    membership_fee: 'Cotisations',
    benefit_event: 'Événements de soutien',
    sale_of_material: 'Ventes de matériel',
    grant: 'Subventions',
    other_income: 'Autres recettes',
    payment_to_prisoner: 'Versements aux personnes détenues',
    postage: 'Affranchissement',
    parcel_contents: 'Contenu des colis',
    printing: 'Impression',
    legal: 'Frais de justice',
    travel: 'Déplacements et visites',
    bank_fees: 'Frais bancaires',
    other_expense: 'Autres dépenses',
  },
};
