/** Strings the Electron main process shows itself (native dialogs, window title). French is the reference. */
export const hostFr = {
  windowTitle: 'Parloir',
  startupFailed: {
    title: 'Parloir n’a pas pu démarrer',
    message:
      'Une erreur inattendue a empêché Parloir de démarrer. Vos données n’ont pas été modifiées. Relancez Parloir ; si cela se reproduit, vérifiez que son dossier de données est accessible.',
  },
  fatalError: {
    title: 'Parloir a rencontré une erreur',
    message:
      'Une erreur inattendue est survenue. Parloir a verrouillé le coffre et va se fermer. Ce qui était enregistré n’est pas perdu : relancez Parloir et déverrouillez-le.',
  },
  backupFolder: {
    title: 'Choisir un dossier pour la sauvegarde',
    button: 'Enregistrer la sauvegarde ici',
  },
  backupFile: {
    title: 'Choisir une sauvegarde à restaurer',
    button: 'Restaurer cette sauvegarde',
    filterName: 'Sauvegardes Parloir',
  },
  importFile: {
    title: 'Choisir un tableau à importer',
    button: 'Importer ce fichier',
    filterName: 'Tableaux CSV',
  },
  exportFile: {
    title: 'Exporter la liste en CSV (fichier non chiffré)',
    button: 'Exporter ici',
    filterName: 'Tableaux CSV',
  },
  attachmentFile: {
    title: 'Choisir une photo ou un PDF à joindre',
    button: 'Joindre ce fichier',
    filterName: 'Photos et PDF',
  },
  attachmentSaveFile: {
    title: 'Enregistrer la pièce jointe (fichier non chiffré)',
    button: 'Enregistrer ici',
  },
  pdfFile: {
    title: 'Enregistrer le PDF (fichier non chiffré)',
    button: 'Enregistrer ici',
    filterName: 'Documents PDF',
  },
  /** Printing: default file names, report titles and columns. */
  print: {
    fileName: {
      labels: 'parloir-etiquettes',
      envelopes: 'parloir-enveloppes',
      calibration: 'parloir-calibrage',
      prisoners: 'parloir-liste-prisonniers',
      facilities: 'parloir-liste-etablissements',
    },
    calibrationCaption: 'Mesurez l’écart entre la croix imprimée et le repère, puis saisissez-le dans Parloir.',
    report: {
      prisonersTitle: 'Liste des prisonnier·es',
      facilitiesTitle: 'Liste des établissements',
      rows: '{{count}} lignes',
      prisoners: {
        name: 'Nom',
        knownAs: 'Nom d’usage',
        pronouns: 'Pronoms',
        prisonerNumber: 'Numéro',
        facility: 'Établissement',
        city: 'Ville',
        country: 'Pays',
        status: 'Statut',
        languages: 'Langues',
        tags: 'Campagnes',
        dateOfBirth: 'Date de naissance',
        expectedRelease: 'Libération prévue',
        notes: 'Notes',
      },
      facilities: {
        name: 'Établissement',
        kind: 'Type',
        city: 'Ville',
        country: 'Pays',
        address: 'Adresse',
        prisoners: 'Prisonnier·es',
        rules: 'Règles du courrier',
      },
      rules: {
        lettersAllowed: 'lettres acceptées',
        lettersRefused: 'lettres refusées',
        senderRequired: 'expéditeur obligatoire',
        stampsRefused: 'pas de timbres',
        photosRefused: 'pas de photos',
        unknown: 'règles inconnues',
      },
    },
  },
  /** What an exported CSV contains: its default name, column headers and words (read back by the import). */
  csv: {
    fileName: { prisoners: 'parloir-prisonniers', facilities: 'parloir-etablissements' },
    columns: {
      familyName: 'Nom',
      givenNames: 'Prénom',
      knownAs: 'Nom d’usage',
      prisonerNumber: 'Numéro d’écrou',
      stayFrom: 'Détenu·e depuis le',
      facilityName: 'Prison',
      facilityCity: 'Ville',
      facilityCountry: 'Pays',
      status: 'Statut',
      tags: 'Campagnes',
      name: 'Nom de l’établissement',
      kind: 'Type',
      street: 'Adresse',
      extra: 'Complément d’adresse',
      poBox: 'Boîte postale',
      postcode: 'Code postal',
      city: 'Ville',
      region: 'Région',
      country: 'Pays',
    },
    status: {
      pretrial: 'Prévenu·e',
      sentenced: 'Condamné·e',
      released: 'Libéré·e',
      deceased: 'Décédé·e',
      unknown: 'Inconnu',
    },
    kind: {
      remand: 'Maison d’arrêt',
      prison: 'Prison',
      detention_centre: 'Centre de détention',
      immigration_detention: 'Centre de rétention',
      psychiatric: 'Unité psychiatrique',
      other: 'Autre',
    },
  },
};
export type HostMessages = typeof hostFr;
