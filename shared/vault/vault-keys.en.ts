/** English for vault-keys.fr.ts; en.ts checks that every key is there. */
export const vaultKeysEn = {
  rekey: {
    before:
      'The vault and the backups in its folder will be encrypted again, under a new key: this can take from a few seconds to a few minutes.',
    beforeRestore:
      'The restored vault will get a new key. The backups in Parloir’s folder that this backup opens will be encrypted again, the others deleted (except the copy of the current vault). This can take a few minutes.',
    phase: {
      check: 'Checking the passphrase…',
      checkBackup: 'Opening the backup…',
      keysPassphrase: 'Protecting the new passphrase…',
      keysRecoveryCode: 'Protecting the new recovery code…',
      keysRestore: 'Making a new key for the restored vault…',
      backups: 'Encrypting the backups in the folder again ({{current}} of {{total}})…',
      backupsNone: 'Looking for backups in the folder…',
      vault: 'Encrypting the vault under the new key…',
      swap: 'Finishing…',
    },
    passphraseTitle: 'Passphrase changed',
    passphraseChanged:
      'The passphrase has changed and the vault has a new key. Use the new passphrase from the next unlock on.',
    recoveryCodeChanged: 'The recovery code has been replaced and the vault has a new key.',
    reencrypted_one: '{{count}} backup in Parloir’s folder was encrypted again, under the new key.',
    reencrypted_other: '{{count}} backups in Parloir’s folder were encrypted again, under the new key.',
    removed_one:
      '{{count}} other backup was deleted: the vault’s key did not open it, so it could not be encrypted again.',
    removed_other:
      '{{count}} other backups were deleted: the vault’s key did not open them, so they could not be encrypted again.',
    noBackups: 'There were no backups in Parloir’s folder.',
    noOtherBackups: 'There were no other backups in Parloir’s folder to re-encrypt.',
    elsewherePassphrase:
      'Backups kept elsewhere (on a USB stick, for example) still open with the old passphrase. Make a new backup, then destroy the old ones if that passphrase may be known.',
    elsewhereRecoveryCode:
      'Backups kept elsewhere (on a USB stick, for example) still open with the old recovery code. Make a new backup, then destroy the old ones if that code may have been seen.',
    elsewhereBoth:
      'Backups kept elsewhere (on a USB stick, for example) still open with the old passphrase and the old recovery code. Make a new backup, then destroy the old ones if either may be known.',
    oldFormatCode:
      'This vault was made by Parloir 0.1: its recovery code could not follow the new key. Here is its new recovery code; the old one no longer works.',
    restoreTitle: 'Backup restored',
    restoreDone:
      'The backup {{file}} was restored and the restored vault got a new key: the backup file no longer opens it.',
    restoreDoneOldFormat:
      'The backup {{file}} was restored. It was made by Parloir 0.1: the vault keeps its own key until the next change of passphrase, which will give it a new one.',
    restoreKept: 'The vault it replaced is kept in Parloir’s backups folder ({{file}}).',
    elsewhereRestore:
      'Backups kept elsewhere (on a USB stick, for example) still open with the passphrase and recovery code of their day.',
    close: 'Done',
    restored: 'Backup restored. Parloir is reloading…',
  },
  wipe: {
    heading: 'Wipe the vault',
    intro:
      'In an emergency, you can destroy the vault and the backups in its folder on this computer, for good. This can also be done from the unlock screen, without the passphrase.',
    open: 'Wipe this vault…',
    title: 'Wipe this vault?',
    destroyed:
      'Parloir will destroy the vault’s keys, then delete the vault and every backup in its folder on this computer. This is final: no one will be able to open them again, not even with the passphrase or the recovery code, and it cannot be undone.',
    elsewhere:
      'Backups kept elsewhere (on a USB stick, for example) are not touched: they still open with the passphrase or recovery code of their day. Destroy them too.',
    after: 'Parloir will then start again as on the first day, in the same language.',
    word: 'WIPE',
    typeLabel: 'To confirm, type {{word}}',
    confirm: 'Wipe for good',
    busy: 'Wiping…',
    done: 'Vault wiped. Parloir is restarting…',
  },
};
