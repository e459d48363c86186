import type { z } from 'zod';
import type { Channel } from './channels';
import { printContract } from './print-contract';
import { registryContract } from './registry-contract';
import * as settings from './schemas/settings.schemas';
import * as vault from './schemas/vault.schemas';

export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
}

/** The one table of the IPC contract. Handlers, the preload, the client and the tests are all typed from it. */
export const contract = {
  'vault:status': { input: vault.empty, output: vault.vaultStatus },
  'vault:create': { input: vault.createInput, output: vault.recoveryCodeOutput },
  'vault:unlock': { input: vault.unlockInput, output: vault.unlockOutput },
  'vault:lock': { input: vault.empty, output: vault.empty },
  'vault:changePassphrase': { input: vault.changePassphraseInput, output: vault.changePassphraseOutput },
  'vault:newRecoveryCode': { input: vault.reauthInput, output: vault.newRecoveryCodeOutput },
  'vault:progress': { input: vault.empty, output: vault.keyChangeProgress },
  'vault:wipe': { input: vault.wipeInput, output: vault.empty },
  'vault:backup': { input: vault.empty, output: vault.backupOutput },
  'vault:pickRestoreFile': { input: vault.empty, output: vault.pickRestoreOutput },
  'vault:restore': { input: vault.restoreInput, output: vault.restoreOutput },
  'vault:lastRestore': { input: vault.empty, output: vault.lastRestoreOutput },
  'settings:get': { input: vault.empty, output: settings.settings },
  'settings:set': { input: settings.settingsPatch, output: settings.settings },
  ...registryContract,
  ...printContract,
} as const satisfies Record<Channel, ChannelSpec>;

/** What the caller sends (before zod defaults and transforms). */
export type InputOf<C extends Channel> = z.input<(typeof contract)[C]['input']>;
/** What a handler receives, after parsing. */
export type ParsedInputOf<C extends Channel> = z.output<(typeof contract)[C]['input']>;
export type OutputOf<C extends Channel> = z.output<(typeof contract)[C]['output']>;

export type Handlers = { [C in Channel]: (input: ParsedInputOf<C>) => Promise<OutputOf<C>> };
