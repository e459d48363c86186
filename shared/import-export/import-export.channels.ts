/** Channel names of spreadsheet import and CSV export. */
export const importExportChannelNames = [
  'import:pickFile',
  'import:check',
  'import:run',
  'import:progress',
  'import:saveSetAside',
  'export:csv',
] as const;
