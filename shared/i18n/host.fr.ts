/** Strings the Electron main process shows itself (native dialogs, window title). French is the reference. */
export const hostFr = {
  windowTitle: 'Parloir',
  startupFailed: {
    title: 'Parloir n’a pas pu démarrer',
    message:
      'Une erreur inattendue a empêché Parloir de démarrer. Vos données n’ont pas été modifiées. Relancez Parloir ; si cela se reproduit, vérifiez que son dossier de données est accessible.',
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
  /** What an exported CSV contains: its default name, column headers and words (read back by the import). */
  csv: {
    fileName: { prisoners: 'parloir-prisonniers', facilities: 'parloir-etablissements' },
    columns: {
      familyName: 'Nom',
      givenNames: 'Prénom',
      knownAs: 'Nom d’usage',
      prisonerNumber: 'Numéro d’écrou',
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
