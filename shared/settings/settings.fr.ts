/** The Settings page. Spread into fr.ts. */
export const settingsFr = {
  settings: {
    title: 'Paramètres',
    language: { heading: 'Langue de l’interface' },
    autoLock: {
      heading: 'Verrouillage automatique',
      label: 'Verrouiller après (minutes sans utilisation)',
      hint: 'Entre 1 et 120 minutes.',
      invalid: 'Indiquez un nombre entier de minutes entre 1 et 120.',
    },
    reminders: {
      heading: 'Accueil et rappels',
      noLetter: 'Signaler une personne détenue sans lettre depuis (jours)',
      replyWindow: 'Réponse attendue dans les (jours)',
      hint: 'Entre 1 et 365 jours. L’accueil compte à partir de ces délais les personnes à qui écrire et les réponses en retard.',
      invalid: 'Indiquez pour chaque délai un nombre entier de jours entre 1 et 365.',
    },
    group: {
      heading: 'Le groupe',
      label: 'Nom du groupe (facultatif)',
      hint: 'Affiché en haut de la fenêtre. Il est gardé dans le coffre chiffré.',
    },
    backup: {
      heading: 'Sauvegarde',
      intro: 'Écrit une copie chiffrée du coffre dans le dossier de votre choix, par exemple sur une clé USB.',
      button: 'Sauvegarder maintenant',
      busy: 'Sauvegarde en cours…',
      written: 'Sauvegarde écrite : {{path}} ({{size}}).',
    },
    restore: {
      heading: 'Restaurer une sauvegarde',
      intro: 'Remplace le coffre actuel par une sauvegarde. Le coffre actuel est d’abord gardé lui-même en sauvegarde.',
    },
    changePassphrase: {
      heading: 'Changer la phrase secrète',
      current: 'Phrase secrète actuelle',
      next: 'Nouvelle phrase secrète',
      confirm: 'Répétez la nouvelle phrase secrète',
      submit: 'Changer la phrase secrète',
      busy: 'Changement en cours…',
    },
    newRecovery: {
      heading: 'Nouveau code de secours',
      intro: 'Crée un nouveau code de secours, par exemple si l’ancien a été perdu ou vu par quelqu’un.',
      passphrase: 'Phrase secrète actuelle',
      submit: 'Créer un nouveau code',
      busy: 'Création du code…',
      confirmTitle: 'Remplacer le code de secours ?',
      confirmBody: 'L’ancien code de secours ne fonctionnera plus. Vous devrez recopier le nouveau.',
      confirmAction: 'Remplacer le code',
      done: 'Terminé',
    },
  },
};
