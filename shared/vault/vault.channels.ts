/** Channel names of the vault: its life (create, unlock, lock, wipe), its secrets, backups and restore. */
export const vaultChannelNames = [
  'vault:status',
  'vault:create',
  'vault:unlock',
  'vault:lock',
  'vault:changePassphrase',
  'vault:newRecoveryCode',
  'vault:progress',
  'vault:wipe',
  'vault:backup',
  'vault:pickRestoreFile',
  'vault:restore',
  'vault:lastRestore',
] as const;
