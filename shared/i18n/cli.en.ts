import type { CliMessages } from './cli.fr';

export const cliEn: CliMessages = {
  usage: [
    'Parloir on the command line: the same actions as the window, without a window.',
    '',
    'Usage:',
    '  parloir init                      creates a vault in PARLOIR_DATA_DIR',
    '  parloir call <channel> [input]    unlocks, calls one channel, prints the answer as JSON',
    '  parloir backup <file>             unlocks and writes a verified backup to that file',
    '  parloir restore <file>            replaces the vault with that backup (the current one is kept)',
    '  parloir --help                    shows this help',
    '',
    'Secrets are read from standard input, never from the arguments:',
    '  init reads the passphrase twice; call, backup and restore read it once',
    '  (the backup’s for restore). With --recovery-code, the line read is the recovery code.',
    '  call without a secret (empty input) calls the channel on the locked vault.',
    '  [input] is a JSON object; "-" reads it from standard input after the secret (required for channels',
    '  that take a secret, such as vault:changePassphrase).',
    '',
    'Environment:',
    '  PARLOIR_DATA_DIR   the data folder (required)',
    '  PARLOIR_LANG       fr or en (otherwise the language chosen in Parloir, otherwise fr)',
    '',
    'Exit code: 0 when everything worked, 1 on an error, 2 when the command is miswritten.',
  ].join('\n'),
  prompt: {
    passphrase: 'Passphrase: ',
    passphraseAgain: 'The same passphrase, once more: ',
    recoveryCode: 'Recovery code: ',
  },
  init: {
    created: 'Vault created in {{dir}}.',
    recoveryCode: 'Recovery code: write it on paper and keep it away from the computer. It will never be shown again.',
  },
  backup: {
    written: 'Verified backup written to {{file}} ({{bytes}} bytes).',
  },
  restore: {
    done: 'Backup {{file}} restored.',
    previousKept: 'The replaced vault is kept in {{file}}.',
  },
  weakAdvice: 'Advice: {{advice}}',
  errorLine: 'Error {{code}}: {{message}}',
  errors: {
    USAGE: 'The command is miswritten. "parloir --help" shows how to use it.',
    DATA_DIR_REQUIRED: 'Name the data folder in the PARLOIR_DATA_DIR environment variable.',
    SECRET_IN_ARGUMENTS:
      'Secrets are never given as arguments (they stay visible in the shell history and the process list). Pass them on standard input.',
    SECRET_REQUIRED: 'No secret was read from standard input.',
    PASSPHRASE_MISMATCH: 'The two passphrases differ. Nothing was created.',
    INPUT_NOT_JSON: 'The channel input is not valid JSON.',
  },
};
