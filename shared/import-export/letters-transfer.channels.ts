/** Channel names of the letter log's spreadsheet import and CSV export (the `parloir letters` commands). */
export const lettersTransferChannelNames = [
  'lettersImport:check',
  'lettersImport:run',
  'lettersImport:progress',
  'lettersExport:run',
] as const;
