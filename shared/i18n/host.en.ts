import type { HostMessages } from './host.fr';

export const hostEn: HostMessages = {
  windowTitle: 'Parloir',
  startupFailed: {
    title: 'Parloir could not start',
    message:
      'An unexpected error stopped Parloir from starting. Your data has not been changed. Start Parloir again; if this happens again, check that its data folder is reachable.',
  },
  backupFolder: {
    title: 'Choose a folder for the backup',
    button: 'Save the backup here',
  },
  backupFile: {
    title: 'Choose a backup to restore',
    button: 'Restore this backup',
    filterName: 'Parloir backups',
  },
};
