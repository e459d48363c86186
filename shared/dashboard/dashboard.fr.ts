/** The home dashboard, and the prisoner list's filter by one of its counts. Spread into fr.ts. */
export const dashboardFr = {
  dashboard: {
    intro: 'Ce qui demande l’attention du groupe aujourd’hui. Chaque case ouvre la liste correspondante.',
    tiles: {
      repliesOverdue: {
        title_one: 'réponse en retard',
        title_other: 'réponses en retard',
        detail: 'Une lettre envoyée il y a {{days}} jours ou plus, sans lettre reçue depuis.',
      },
      noLetter: {
        title_one: 'personne sans lettre',
        title_other: 'personnes sans lettre',
        detail: 'Aucune lettre envoyée depuis {{days}} jours ou plus.',
      },
      birthdays: {
        title_one: 'anniversaire à venir',
        title_other: 'anniversaires à venir',
        detail: 'Dans les {{days}} prochains jours.',
      },
      releases: {
        title_one: 'libération prévue',
        title_other: 'libérations prévues',
        detail: 'Dans les {{days}} prochains jours.',
      },
      transfers: {
        title_one: 'transfert récent',
        title_other: 'transferts récents',
        detail: 'Changement de prison dans les {{days}} derniers jours.',
      },
      letterIssues: {
        title_one: 'lettre revenue ou retenue',
        title_other: 'lettres revenues ou retenues',
        detail: 'Pas encore traitées.',
      },
      parcelIssues: {
        title_one: 'colis refusé, revenu ou perdu',
        title_other: 'colis refusés, revenus ou perdus',
        detail: 'Pas encore traités.',
      },
      oldDrafts: {
        title_one: 'brouillon ancien',
        title_other: 'brouillons anciens',
        detail: 'Commencés il y a plus de {{days}} jours.',
      },
      standingOrdersLate: {
        title_one: 'versement permanent en retard',
        title_other: 'versements permanents en retard',
        detail: 'Attendus il y a plus de {{days}} jours, sans paiement rapproché.',
      },
    },
    opensPrisoners: 'Ouvrir la liste',
    opensStandingOrders: 'Ouvrir les ordres permanents',
    opensLetters: 'Ouvrir dans Courrier',
    opensParcels: 'Ouvrir dans Colis',
    settingsLink: 'Régler les délais dans les Paramètres',
    empty: 'Le coffre ne contient encore aucune personne détenue.',
    emptyNext:
      'Commencez par ajouter une personne détenue ou importer votre tableur : cette page montrera ensuite à qui écrire, les réponses attendues et les dates à ne pas oublier.',
    filter: {
      label: 'Liste filtrée :',
      repliesOverdue: 'réponses en retard',
      noLetter: 'sans lettre depuis {{days}} jours',
      birthdays: 'anniversaire dans les {{days}} jours',
      releases: 'libération prévue dans les {{days}} jours',
      transfers: 'transfert dans les {{days}} derniers jours',
      clear: 'Retirer ce filtre',
    },
  },
};
