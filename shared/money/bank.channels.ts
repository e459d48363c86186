/** Channel names of the bank statement import and the reconciliation of its lines (helper C's slice of Money). */
export const bankChannelNames = [
  'bankImport:check',
  'bankImport:run',
  'bankImport:progress',
  'bankImport:list',
  'bankImport:cancel',
  'bankLines:list',
  'bankLines:proposals',
  'bankLines:accept',
  'bankLines:create',
  'bankLines:ignore',
  'bankLines:reopen',
  'bankRules:list',
  'bankRules:create',
  'bankRules:delete',
] as const;
