/** English for vault.fr.ts; en.ts checks that every key is there. */
export const vaultEn = {
  strength: {
    label: 'Passphrase strength',
    level0: 'Very weak',
    level1: 'Weak',
    level2: 'Fair',
    level3: 'Strong',
    level4: 'Very strong',
    weakAdvice:
      'It needs to be “Very strong”. Add words picked at random, or let Parloir propose some: a long phrase is easier to remember than a complicated word.',
  },
  firstRun: {
    title: 'Welcome to Parloir',
    intro1:
      'Parloir keeps your contacts, letters, parcels and accounts in an encrypted vault that stays on this computer: nothing is ever sent over the internet.',
    intro2:
      'Without your passphrase or your recovery code, no one can read this vault, even if the computer is seized or stolen.',
    passphrase: 'Passphrase',
    passphraseHint: 'At least four words picked at random: easy for you to remember, hard for others to guess.',
    confirm: 'Repeat the passphrase',
    create: 'Create the vault',
    creating: 'Creating the vault…',
    reasonEmpty: 'Choose a passphrase.',
    reasonWeak: 'This passphrase is too weak.',
    reasonTooShort: 'This passphrase is too short: it needs at least 4 words or 16 characters.',
    reasonMismatch: 'The two passphrases are not the same.',
  },
  recovery: {
    title: 'Your recovery code',
    intro:
      'This code opens the vault if the passphrase is forgotten. Copy it onto paper and keep it somewhere other than with the computer.',
    onceWarning: 'It is shown only once: Parloir can never show it to you again.',
    codeLabel: 'Recovery code',
    writtenDown: 'I have written it down on paper',
    continue: 'Continue',
  },
  unlock: {
    title: 'Parloir is locked',
    introPassphrase: 'Enter your passphrase to open the vault.',
    introRecovery: 'Enter your recovery code (25 characters; the dashes are optional).',
    passphrase: 'Passphrase',
    recoveryCode: 'Recovery code',
    submit: 'Unlock',
    unlocking: 'Unlocking…',
    useRecovery: 'I forgot my passphrase: use the recovery code',
    usePassphrase: 'Use the passphrase',
    restore: 'Restore a backup',
  },
  damaged: {
    title: 'The vault cannot be opened',
    unchanged: 'Parloir has not changed or deleted anything: the vault files are as they were.',
    advice: 'You can restore a backup (for example the one you copied to a USB stick).',
    restore: 'Restore a backup',
  },
  restore: {
    start: 'Restore a backup',
    picking: 'Choosing the file…',
    title: 'Restore a backup',
    file: 'File',
    createdAt: 'Backup of',
    secretIntro: 'Enter the passphrase or recovery code that opened the vault when this backup was made.',
    useRecovery: 'Use the recovery code instead',
    usePassphrase: 'Use the passphrase instead',
    next: 'Continue',
    confirmTitle: 'Replace the current vault?',
    confirmBody:
      'The current vault will be replaced by this backup. Before that, Parloir keeps it as a backup in its own folder: nothing is lost.',
    confirmAction: 'Replace the vault',
    restoring: 'Restoring…',
    back: 'Back',
  },
};
