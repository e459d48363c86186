/** Paying a prisoner, the facilities' money limits and the donation slip dialog, in French. */
export const paymentsFr = {
  send: 'Envoyer de l’argent',
  title: 'Envoyer de l’argent à {{name}}',
  amount: 'Montant ({{currency}})',
  account: 'Depuis le compte',
  fund: 'Fonds',
  date: 'Date du virement',
  recordedBy: 'Enregistré par',
  nobody: '(non précisé)',
  facility: 'Établissement',
  iban: 'IBAN de l’établissement',
  holder: 'Titulaire du compte, exactement',
  holderMissing: 'non renseigné',
  reference: 'Référence à indiquer',
  referenceLength: '{{length}} caractères sur {{max}} au plus',
  copyIban: 'Copier l’IBAN',
  copyReference: 'Copier la référence',
  copied: 'Copié. Le presse-papiers sera vidé dans {{seconds}} secondes s’il contient encore ce texte.',
  copyUnavailable: 'Pas de presse-papiers ici\u00a0: recopiez le texte.',
  clipboardNote: 'Ce qui est copié est effacé du presse-papiers après 30 secondes.',
  qrLabel: 'Code QR du virement (EPC) à scanner avec l’application de votre banque',
  qrHint:
    'Scannez ce code avec l’application de votre banque\u00a0: IBAN, titulaire, montant et référence sont remplis.',
  record: 'Enregistrer comme ordonné',
  recorded:
    'Paiement enregistré comme ordonné. Il sera confirmé quand le relevé bancaire qui le montre sera rapproché.',
  amountInvalid: 'Saisissez un montant positif, par exemple 50 ou 50,00.',
  noStay: '{{name}} n’a pas de séjour en cours\u00a0: indiquez d’abord où cette personne est détenue.',
  noRule:
    '{{facility}} n’a pas de règle de virement. Dans sa fiche, choisissez «\u202fVirement sur le compte de la prison\u202f» et renseignez l’IBAN, le titulaire exact du compte et le modèle de référence.',
  otherRule: '{{facility}} reçoit l’argent autrement\u00a0:',
  openFacility: 'Ouvrir la fiche de l’établissement',
  noAccount: 'Aucun compte bancaire en {{currency}}\u00a0: ajoutez-en un dans Argent pour enregistrer ce paiement.',
  noFund: 'Aucun fonds\u00a0: ajoutez-en un dans Argent pour enregistrer ce paiement.',
  referenceProblems: {
    too_long:
      'La référence ferait {{length}} caractères, l’établissement en lit au plus {{max}}. Parloir ne la coupe jamais\u00a0: vérifiez le nom et le numéro, ou demandez à l’établissement comment l’écrire.',
    missing_value:
      'La référence a besoin de {{placeholder}}, qui manque pour cette personne (numéro d’écrou du séjour en cours, date de naissance…).',
    unknown_placeholder:
      'Le modèle de référence de l’établissement contient {{placeholder}}, que Parloir ne connaît pas.',
    unsupported_characters:
      'La référence contient des caractères que les banques SEPA ne transmettent pas\u00a0: {{characters}}.',
    empty: 'La référence composée est vide.',
    no_pattern: 'L’établissement n’a pas de modèle de référence\u00a0: renseignez-le dans sa fiche.',
  },
  qrProblems: {
    currency_not_eur:
      'Le code QR de virement ne porte que des euros, ce compte est en {{currency}}\u00a0: recopiez les informations dans votre banque.',
    name_missing: 'Le titulaire du compte manque dans la fiche de l’établissement\u00a0: pas de code QR.',
    other: 'Pas de code QR pour ce virement ({{code}}).',
  },
  limits: {
    exceeded:
      'Plafond {{period}} dépassé\u00a0: avec ce paiement, {{total}} envoyés du {{from}} au {{to}}, pour un plafond de {{limit}}.',
    within: 'Plafond {{period}}\u00a0: {{total}} envoyés du {{from}} au {{to}} avec ce paiement, sur {{limit}}.',
    period: { week: 'hebdomadaire', month: 'mensuel' },
    unknownOthers: 'Seuls les paiements enregistrés par le groupe sont comptés, pas ceux de la famille ou d’autres.',
  },
  facilityForm: {
    currency: 'Monnaie du compte',
    currencyHint: 'EUR pour un virement SEPA (le seul que porte un code QR de virement)\u202f; CHF, PLN… sinon.',
    limits: 'Plafonds d’argent',
    limitsHint:
      'Ce que l’établissement laisse recevoir ou dépenser, dans la monnaie du compte. Un paiement qui les dépasserait est signalé.',
    week: 'Plafond par semaine',
    month: 'Plafond par mois',
    note: 'Note',
    noteHint: 'Par exemple\u00a0: au-delà de 200 € par mois, une part est prélevée.',
  },
  view: {
    currency: 'Monnaie',
    limit: { week: 'Plafond par semaine', month: 'Plafond par mois' },
  },
  slip: {
    open: 'Bulletin de don',
    title: 'Bulletin de don — {{account}}',
    what: 'Pour',
    general: 'Sans fonds ni ordre précis',
    fundOption: 'Fonds\u00a0: {{name}}',
    orderOption: 'Ordre permanent\u00a0: {{donor}}, {{amount}}',
    anonymous: 'anonyme',
    amount: 'Montant (facultatif)',
    amountHint: 'Laissé vide, le donateur ou la donatrice choisit le montant.',
    size: 'Format',
    sizes: { A4: 'A4, bulletin en bas de page', A6: 'A6, le bulletin seul' },
    make: 'Préparer le bulletin',
    making: 'Préparation…',
    preview: 'Aperçu du bulletin de don',
    problems: {
      group_address_missing:
        'Une QR-facture doit porter l’adresse du groupe\u00a0: renseignez l’adresse d’expédition du groupe dans Réglages.',
      account_no_iban: 'Ce compte n’a pas d’IBAN\u00a0: un bulletin en a besoin.',
    },
  },
};
