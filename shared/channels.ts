import { printChannelNames } from './print-channels';
import { registryChannelNames } from './registry-channels';

/**
 * The list of IPC channel names, `domain:verb`. Kept apart from the schemas so the preload bundle stays free of zod;
 * contract.ts must give every name here a schema pair (checked at compile time).
 */
export const channelNames = [
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
  'settings:get',
  'settings:set',
  ...registryChannelNames,
  ...printChannelNames,
] as const;

export type Channel = (typeof channelNames)[number];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (channelNames as readonly string[]).includes(value);
}
