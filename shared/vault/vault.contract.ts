import type { ChannelSpec } from '../contract';
import type { vaultChannelNames } from './vault.channels';
import * as vault from './vault.schemas';

// A restore and a wipe need no unlocked vault: the damaged and unlock screens offer them, without the passphrase.
export const vaultContract = {
  'vault:status': { input: vault.empty, output: vault.vaultStatus, needs: 'nothing' },
  'vault:create': { input: vault.createInput, output: vault.recoveryCodeOutput, needs: 'nothing' },
  'vault:unlock': { input: vault.unlockInput, output: vault.unlockOutput, needs: 'locked' },
  'vault:lock': { input: vault.empty, output: vault.empty, needs: 'nothing' },
  'vault:changePassphrase': {
    input: vault.changePassphraseInput,
    output: vault.changePassphraseOutput,
    needs: 'unlocked',
  },
  'vault:newRecoveryCode': { input: vault.reauthInput, output: vault.newRecoveryCodeOutput, needs: 'unlocked' },
  'vault:progress': { input: vault.empty, output: vault.keyChangeProgress, needs: 'nothing' },
  'vault:wipe': { input: vault.wipeInput, output: vault.empty, needs: 'nothing' },
  'vault:backup': { input: vault.empty, output: vault.backupOutput, needs: 'unlocked' },
  'vault:pickRestoreFile': { input: vault.empty, output: vault.pickRestoreOutput, needs: 'nothing' },
  'vault:restore': { input: vault.restoreInput, output: vault.restoreOutput, needs: 'nothing' },
  'vault:lastRestore': { input: vault.empty, output: vault.lastRestoreOutput, needs: 'nothing' },
} as const satisfies Record<(typeof vaultChannelNames)[number], ChannelSpec>;
