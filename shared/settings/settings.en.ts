/** English for settings.fr.ts; en.ts checks that every key is there. */
export const settingsEn = {
  settings: {
    title: 'Settings',
    language: { heading: 'Interface language' },
    autoLock: {
      heading: 'Automatic lock',
      label: 'Lock after (minutes without use)',
      hint: 'Between 1 and 120 minutes.',
      invalid: 'Enter a whole number of minutes between 1 and 120.',
    },
    reminders: {
      heading: 'Home and reminders',
      noLetter: 'Flag a prisoner with no letter for (days)',
      replyWindow: 'Reply expected within (days)',
      hint: 'Between 1 and 365 days. The Home page uses them to count who to write to and which replies are overdue.',
      invalid: 'Give each wait as a whole number of days between 1 and 365.',
    },
    group: {
      heading: 'The group',
      label: 'Group name (optional)',
      hint: 'Shown at the top of the window. It is kept in the encrypted vault.',
    },
    backup: {
      heading: 'Backup',
      intro: 'Writes an encrypted copy of the vault to a folder you choose, for example on a USB stick.',
      button: 'Back up now',
      busy: 'Backing up…',
      written: 'Backup written: {{path}} ({{size}}).',
    },
    restore: {
      heading: 'Restore a backup',
      intro: 'Replaces the current vault with a backup. The current vault is first kept as a backup itself.',
    },
    changePassphrase: {
      heading: 'Change the passphrase',
      current: 'Current passphrase',
      next: 'New passphrase',
      confirm: 'Repeat the new passphrase',
      submit: 'Change the passphrase',
      busy: 'Changing…',
    },
    newRecovery: {
      heading: 'New recovery code',
      intro: 'Makes a new recovery code, for example if the old one was lost or seen by someone.',
      passphrase: 'Current passphrase',
      submit: 'Make a new code',
      busy: 'Making the code…',
      confirmTitle: 'Replace the recovery code?',
      confirmBody: 'The old recovery code will stop working. You will have to write down the new one.',
      confirmAction: 'Replace the code',
      done: 'Done',
    },
  },
};
