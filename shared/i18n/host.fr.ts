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
};
export type HostMessages = typeof hostFr;
