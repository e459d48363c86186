import type { Messages } from './fr';
import { facilitiesEn } from '../registry/facilities.en';
import { importExportEn } from '../import-export/import-export.en';
import { passphraseEn } from '../vault/passphrase.en';
import { dashboardEn } from '../dashboard/dashboard.en';
import { attachmentsEn } from '../attachments/attachments.en';
import { draftsEn } from '../drafts/drafts.en';
import { lettersEn } from '../letters/letters.en';
import { parcelsEn } from '../parcels/parcels.en';
import { eveningsEn } from '../evenings/evenings.en';
import { printingEn } from '../printing/printing.en';
import { registryEn } from '../registry/registry.en';
import { settingsEn } from '../settings/settings.en';
import { vaultEn } from '../vault/vault.en';
import { vaultKeysEn } from '../vault/vault-keys.en';
import { attachmentLimitsMb } from '../attachments/attachment-limits';
import { lettersImportEn } from '../import-export/letters-import.en';
import { moneyEn } from '../money/money.en';

export const en: Messages = {
  app: {
    name: 'Parloir',
  },
  menu: {
    app: 'Parloir',
    file: 'File',
    lock: 'Lock',
    panicLock: 'Lock now',
    quit: 'Quit Parloir',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    fullscreen: 'Full screen',
    window: 'Window',
    minimize: 'Minimize',
    close: 'Close window',
  },
  common: {
    cancel: 'Cancel',
    close: 'Close',
    save: 'Save',
    saving: 'Saving…',
    saved: 'Saved.',
    loading: 'Loading…',
    showSecret: 'Show',
    hideSecret: 'Hide',
    edit: 'Edit',
    delete: 'Delete',
    archive: 'Archive',
    unarchive: 'Unarchive',
    archived: 'Archived',
    actions: 'Actions',
  },
  language: {
    label: 'Language',
    fr: 'Français',
    en: 'English',
  },
  frame: {
    lock: 'Lock',
    lockTitle: 'Lock Parloir (Ctrl+L)',
    navLabel: 'Sections',
    autoBackupFailed:
      'Today’s automatic backup could not be written. Your data is intact; make a backup from Settings.',
    dismiss: 'Got it',
  },
  nav: {
    dashboard: 'Home',
    prisoners: 'Prisoners',
    facilities: 'Prisons',
    letters: 'Letters',
    parcels: 'Parcels',
    evenings: 'Writing evenings',
    money: 'Money',
    print: 'Print',
    group: 'Group',
    settings: 'Settings',
  },
  pages: {
    comingSoon: 'Coming in the next version.',
    prisoners: 'Here you will keep the prisoners you write to, their prisons and transfers.',
    letters: 'Here you will note the letters sent and received, and who owes whom a reply.',
    parcels: 'Here you will follow parcels: what was sent, to whom, and what each prison accepts.',
    money: 'Here you will keep the accounts: donations, standing orders and money sent to prisoners.',
    print: 'Here you will print envelopes and label sheets for letter-writing evenings.',
  },
  ...vaultEn,
  ...settingsEn,
  ...registryEn,
  ...facilitiesEn,
  ...importExportEn,
  ...printingEn,
  ...passphraseEn,
  ...vaultKeysEn,
  ...draftsEn,
  ...dashboardEn,
  ...attachmentsEn,
  ...lettersEn,
  ...parcelsEn,
  ...eveningsEn,
  ...lettersImportEn,
  money: moneyEn,
  errors: {
    VALIDATION: 'Some information is not valid. Check the highlighted fields.',
    UNKNOWN_CHANNEL: 'This action does not exist in this version of Parloir.',
    FORBIDDEN: 'Action refused.',
    CANCELLED: 'Action cancelled.',
    NOT_FOUND: 'Item not found: it may have been deleted.',
    VAULT_ABSENT: 'No vault exists on this computer yet.',
    VAULT_EXISTS: 'A vault already exists here. Parloir will never replace it with an empty one.',
    VAULT_LOCKED: 'The vault is locked. Unlock it to continue.',
    VAULT_UNLOCKED: 'The vault is already unlocked.',
    WRONG_PASSPHRASE: 'Wrong passphrase or recovery code.',
    WEAK_PASSPHRASE: 'This passphrase is too weak. Choose a longer, less predictable one.',
    VAULT_CORRUPT: 'The vault file is damaged and cannot be opened. It has not been changed: restore a backup.',
    VAULT_FILE_MISSING: 'The vault file (vault.db) is missing but its keys are there. Restore a backup to continue.',
    KEYSLOTS_MISSING:
      'The key file (keyslots.json) is missing: without it the vault cannot be opened. Restore a backup.',
    KEYSLOTS_DAMAGED: 'The key file (keyslots.json) is damaged. The vault has not been changed: restore a backup.',
    VAULT_TOO_NEW:
      'This vault was made by a newer version of Parloir. Update Parloir to open it; nothing has been changed.',
    VAULT_SCHEMA_UNEXPECTED:
      'This vault contains something Parloir did not create: it may have been tampered with. Parloir did not open it; restore a backup you trust.',
    VAULT_IN_USE: 'The vault is already open in another Parloir program. Close it and try again.',
    BACKUP_INVALID: 'This file is not a valid Parloir backup, or it is damaged. Nothing has been replaced.',
    BACKUP_FAILED: 'The backup could not be written or verified. Try another folder.',
    DISK_FULL: 'The disk is full. Free some space and try again; no data has been lost.',
    STAY_OVERLAP: 'This stay overlaps another stay of the same person. Check the dates.',
    NO_OPEN_STAY: 'This person has no current stay: first record where they are held.',
    DUPLICATE: 'An item with this name already exists.',
    STAY_OF_ANOTHER_PRISONER:
      'This stay is another person’s: a letter goes to a stay of the person it is addressed to.',
    REPLY_MISMATCH:
      'A letter can only answer a letter of the same person in the other direction (a letter received answers a letter sent).',
    CONFIRMATION_REQUIRED: 'Deleting this takes history with it: confirm first.',
    IMPORT_ENCODING: 'This file is not UTF-8 (probably from an old Excel). Save it as “CSV UTF-8” and try again.',
    IMPORT_INVALID: 'Some rows of the file have problems: nothing was imported. Correct them and try again.',
    IMPORT_TOO_LARGE: 'This file is over 20 MB: Parloir imports at most 20 MB at a time. Split it into several files.',
    IMPORT_TOO_MANY_ROWS:
      'This file has over 100,000 rows: Parloir imports at most 100,000 at a time. Split it into several files.',
    IMPORT_TOO_MANY_COLUMNS:
      'This file has over 500 columns: it is probably not the right file, or it was not saved as “CSV UTF-8”.',
    IMPORT_UNREADABLE:
      'This file cannot be read: it is not a regular file, or it changed while it was read. Choose a saved CSV file.',
    WRITE_FAILED: 'The file could not be written. Try another folder.',
    ATTACHMENT_EMPTY: 'This file is empty: there is nothing to attach.',
    ATTACHMENT_UNSUPPORTED:
      'This file is neither a JPEG or PNG picture nor a PDF (whatever its name says): Parloir only attaches these three kinds of file.',
    ATTACHMENT_DAMAGED: 'This file is damaged or incomplete: Parloir cannot read it. Nothing was saved.',
    ATTACHMENT_TOO_LARGE: `This file is over ${attachmentLimitsMb.file} MB: an attachment is at most ${attachmentLimitsMb.file} MB. Make the picture or PDF smaller and try again.`,
    ATTACHMENTS_FULL: `This vault's attachments would be over ${attachmentLimitsMb.vault} MB in all: first delete some that are no longer needed.`,
    ATTACHMENT_ENCRYPTED:
      'This PDF is protected by a password: open it, save a copy without the protection, then attach that copy. Nothing was saved.',
    INTERNAL: 'Something unexpected went wrong. Your data has not been changed.',
    LEDGER_LOCKED:
      'This period is closed: an entry on or before the lock date cannot be added, changed or deleted. Record a correction in the open period.',
    LEDGER_REOPEN_REASON: 'Moving the lock date back reopens a closed period: give the reason, it is kept.',
    LEDGER_UNBALANCED: 'The split amounts must add up exactly to the amount of the entry.',
    LEDGER_CURRENCY_MISMATCH: 'An entry is always in its account’s currency; amounts are never converted.',
    LEDGER_IN_USE: 'Entries in the ledger still refer to this: archive it instead of deleting it.',
    LEDGER_QR_IBAN_REQUIRED:
      'A Swiss QR reference only works with a CHF account whose IBAN is a QR-IBAN; for any other account, choose an RF reference.',
    LEDGER_REFERENCE_IN_USE:
      'This reference is already given to another fund or a standing order: a payment must find exactly one destination.',
  },
};
