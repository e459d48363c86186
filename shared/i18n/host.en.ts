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
  importFile: {
    title: 'Choose a spreadsheet to import',
    button: 'Import this file',
    filterName: 'CSV spreadsheets',
  },
  exportFile: {
    title: 'Export the list as CSV (the file is not encrypted)',
    button: 'Export here',
    filterName: 'CSV spreadsheets',
  },
  csv: {
    fileName: { prisoners: 'parloir-prisoners', facilities: 'parloir-facilities' },
    columns: {
      familyName: 'Last name',
      givenNames: 'First name',
      knownAs: 'Known as',
      prisonerNumber: 'Prisoner number',
      facilityName: 'Prison',
      facilityCity: 'City',
      facilityCountry: 'Country',
      status: 'Status',
      tags: 'Campaigns',
      name: 'Facility name',
      kind: 'Kind',
      street: 'Address',
      extra: 'Address extra line',
      poBox: 'PO box',
      postcode: 'Postcode',
      city: 'City',
      region: 'Region',
      country: 'Country',
    },
    status: {
      pretrial: 'Pre-trial',
      sentenced: 'Sentenced',
      released: 'Released',
      deceased: 'Deceased',
      unknown: 'Unknown',
    },
    kind: {
      remand: 'Remand prison',
      prison: 'Prison',
      detention_centre: 'Detention centre',
      immigration_detention: 'Immigration detention',
      psychiatric: 'Psychiatric unit',
      other: 'Other',
    },
  },
};
