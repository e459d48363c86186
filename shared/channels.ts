import { dashboardChannelNames } from './dashboard/dashboard.channels';
import { attachmentsChannelNames } from './attachments/attachments.channels';
import { draftsChannelNames } from './drafts/drafts.channels';
import { lettersChannelNames } from './letters/letters.channels';
import { importExportChannelNames } from './import-export/import-export.channels';
import { parcelsChannelNames } from './parcels/parcels.channels';
import { printingChannelNames } from './printing/printing.channels';
import { registryChannelNames } from './registry/registry.channels';
import { settingsChannelNames } from './settings/settings.channels';
import { vaultChannelNames } from './vault/vault.channels';
import { eveningsChannelNames } from './evenings/evenings.channels';
import { lettersTransferChannelNames } from './import-export/letters-transfer.channels';
import { moneyChannelNames } from './money/money.channels';
import { paymentsChannelNames } from './money/payments.channels';

/**
 * The list of IPC channel names, `domain:verb`, gathered from each domain's list. Kept apart from the schemas so the
 * preload bundle stays free of zod; contract.ts must give every name here a schema pair (checked at compile time).
 */
export const channelNames = [
  ...vaultChannelNames,
  ...settingsChannelNames,
  ...registryChannelNames,
  ...importExportChannelNames,
  ...printingChannelNames,
  ...draftsChannelNames,
  ...dashboardChannelNames,
  ...attachmentsChannelNames,
  ...lettersChannelNames,
  ...parcelsChannelNames,
  ...eveningsChannelNames,
  ...lettersTransferChannelNames,
  ...moneyChannelNames,
  ...paymentsChannelNames,
] as const;

export type Channel = (typeof channelNames)[number];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (channelNames as readonly string[]).includes(value);
}
